"""English titles, roles, organisations and places: the words around and inside names."""

HONORIFICS = frozenset("mr mrs ms miss dr prof sir gen lt col maj capt sgt rev president".split())
GENERIC_ROLES = ("official", "officer", "figure", "leader", "executive")
ROLE_WORDS = frozenset(
    """
president minister secretary spokesperson spokesman spokeswoman chairman chairwoman chair head chief director governor
mayor regent ambassador envoy general commander captain coach player singer actor actress judge prosecutor lawyer
official officer executive ceo founder owner doctor lecturer researcher analyst economist leader deputy senator lawmaker
legislator politician suspect perpetrator victim witness father mother son daughter wife husband
comedian designer athlete writer author journalist reporter producer presenter businessman entrepreneur employee
student teacher manager staff king queen prince princess emir sultan promoter supervisor examiner rider driver referee
goalkeeper striker defender midfielder psychologist psychiatrist expert scientist geologist contestant participant
pilot
""".split()
)
ROLE_HEADS = ("deputy", "vice")
DEPUTY_WORDS = ("deputy", "vice")
ROLE_LINKS = ("as", "who is", "who is also", "the")  # "X, who is also chairman of ...", "X as chairman"
NOT_ASKED_ROLES: frozenset[str] = frozenset()
ORGANISATION_WORDS = frozenset(
    """
ministry agency commission council assembly court police department government party company bank university
institute school foundation association union federation club team
""".split()
)
# Words that end a body's name in English: the capitalised words after them name a person ("APRIL Group Agung
# Laksamana")
WHOLE_BODY_NAMES = frozenset("group holdings inc ltd llc plc corp".split())
ORGANISATION_WORDS |= WHOLE_BODY_NAMES

DEGREES = frozenset("phd msc mba ma md".split())  # after a name: "Jane Doe PhD"
LEGAL_FORMS = frozenset("inc ltd llc plc corp co".split())  # "Acme Ltd": the legal form ends a company's name
LAW_HEADS = frozenset("law bill code act".split())
# Last words of the name of an event, prize or work, which names no one: "Venice Film Festival"
THING_ENDS = frozenset(
    "festival award awards prize cup championship championships summit expo forum show act league games".split()
)
# Words that end a place's name in English word order: "Ho Chi Minh City", "Riau Province", "Bali Island"
PLACE_ENDS = frozenset(
    "city province regency island islands county district village street road avenue bay strait".split()
)
THING_HEADS: frozenset[str] = frozenset()  # English ends a thing's name ("Champions League"), it does not head it
# Nouns for made things whose model or title may follow them: "the film Parasite", "the car Toyota Avanza"
THING_NOUNS = frozenset("car truck aircraft plane ship film movie series song album book novel game missile".split())
PLACE_WORDS = frozenset("province regency city district village street island river lake mount airport port".split())
REGION_ABBREVIATIONS: frozenset[str] = frozenset()
ORIGIN_WORDS = ("from", "born in", "native of", "a native of")
ORIGIN_ASKED = ("come from", "comes from", "came from", "from?", "born", "native", "origin")
DESTINATION_WORDS = ("towards", "toward", "to", "into", "bound for")
DESTINATION_ASKED = ("which direction", "where to", "where did they flee", "destination", "headed", "heading")
LOCATIVE_WORDS = ("in", "at", "to", "from", "near", "around", "inside")
COUNTRY_NOUNS = ("country", "nation")
PLACE_VERBS = ("visited", "visiting", "visit", "visits", "reached")
# English words of proper names whose Indonesian form differs beyond spelling ("|" separates forms).
NAME_WORDS = {
    "north": "utara",
    "south": "selatan",
    "east": "timur",
    "west": "barat",
    "central": "tengah",
    "new": "baru",
    "united": "serikat|bersatu",
    "states": "serikat|amerika",
    "kingdom": "kerajaan|inggris",
    "island": "pulau",
    "islands": "kepulauan",
    "republic": "republik",
    "japan": "jepang",
    "china": "tiongkok|china|cina",
    "germany": "jerman",
    "netherlands": "belanda",
    "dutch": "belanda",
    "britain": "inggris",
    "british": "inggris",
    "england": "inggris",
    "france": "prancis|perancis",
    "french": "prancis",
    "egypt": "mesir",
    "saudi": "saudi|arab",
    "arabia": "arab",
    "turkey": "turki",
    "greece": "yunani",
    "india": "india",
    "philippines": "filipina",
    "thailand": "thailand",
    "vietnam": "vietnam",
    "korea": "korea",
    "korean": "korea",
    "russian": "rusia",
    "ukrainian": "ukraina",
    "american": "amerika|as",
    "us": "as|amerika",
    "u.s.": "as|amerika",
    "usa": "as|amerika",
    "un": "pbb",
    "indonesian": "indonesia",
    "malaysian": "malaysia",
    "australian": "australia",
    "chinese": "china|cina",
    "japanese": "jepang",
    "moscow": "moskow",
    "brussels": "brussel",
    "java": "jawa",
    "sumatra": "sumatera",
    "jakarta": "jakarta",
    "police": "polisi|polri|polda|polres",
    "army": "tni|ad",
    "navy": "al",
}
# English role nouns and the Indonesian words news uses for them.
ROLE_TRANSLATIONS = {
    "ambassador": "duta besar|dubes",
    "minister": "menteri|menko",
    "spokesperson": "juru bicara|jubir",
    "spokesman": "juru bicara|jubir",
    "spokeswoman": "juru bicara|jubir",
    "president": "presiden",
    "prince": "putra mahkota|pangeran",
    "princess": "putri mahkota|putri",
    "king": "raja",
    "queen": "ratu",
    "governor": "gubernur",
    "mayor": "wali kota|walikota",
    "regent": "bupati",
    "chairman": "ketua",
    "chairwoman": "ketua",
    "chair": "ketua",
    "head": "kepala|ketua",
    "chief": "kepala|ketua|kapolres|kapolda|kapolri",
    "director": "direktur|dirut|sutradara",
    "coach": "pelatih",
    "goalkeeper": "kiper|penjaga gawang",
    "striker": "penyerang|striker",
    "defender": "bek|pemain belakang",
    "midfielder": "gelandang",
    "psychologist": "psikolog",
    "psychiatrist": "psikiater",
    "expert": "ahli|pakar",
    "scientist": "ilmuwan|peneliti",
    "geologist": "ahli geologi",
    "contestant": "kontestan|peserta",
    "participant": "peserta",
    "judge": "hakim",
    "prosecutor": "jaksa",
    "lawyer": "pengacara|kuasa hukum",
    "doctor": "dokter",
    "commander": "komandan|panglima|pangdam|danrem",
    "leader": "pemimpin|ketua",
    "secretary": "sekretaris|sekjen",
    "general": "jenderal",
    "captain": "kapten",
    "deputy": "wakil",
    "vice": "wakil",
    "official": "pejabat",
    "officer": "petugas|perwira",
    "lawmaker": "anggota dpr|legislator",
    "senator": "senator",
    "founder": "pendiri",
    "owner": "pemilik",
    "researcher": "peneliti",
    "promoter": "promotor",
    "supervisor": "pembimbing|promotor",
    "rider": "pembalap",
    "driver": "pengemudi|pengendara|sopir|pembalap",
    "referee": "wasit",
    "analyst": "analis|pengamat",
    "economist": "ekonom",
    "suspect": "tersangka",
    "victim": "korban",
    "witness": "saksi",
    "player": "pemain",
    "singer": "penyanyi",
    "actor": "aktor|pesinetron|artis|pemeran",
    "actress": "aktris|pesinetron|artis|pemeran",
    "father": "ayah|bapak|ayahanda",
    "mother": "ibu|ibunda",
    "husband": "suami",
    "wife": "istri",
    "son": "anak|putra",
    "daughter": "anak|putri",
    "brother": "kakak|adik|saudara",
    "sister": "kakak|adik|saudari",
    "chairperson": "ketua",
    "manager": "manajer",
    "principal": "kepala sekolah",
    "teacher": "guru",
    "student": "siswa|mahasiswa",
    "police": "polisi|kapolres|kapolda|kapolsek",
    "comedian": "komedian|pelawak",
    "designer": "desainer|perancang",
    "athlete": "atlet",
    "writer": "penulis",
    "author": "penulis|pengarang",
    "journalist": "wartawan|jurnalis",
    "reporter": "wartawan|reporter",
    "producer": "produser",
    "presenter": "presenter|pembawa acara",
    "businessman": "pengusaha",
    "entrepreneur": "pengusaha",
    "employee": "pegawai|karyawan",
    "staff": "staf|pegawai",
}
# Compass words end or start place names ("Jawa Tengah", "Korea Selatan", "North Sumatra").
COMPASS = ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western")
# Where-questions: the level or kind of place asked ("which city", "which airport") and the heads of buildings.
PLACE_LEVELS = {
    "city": ("city", "town"),
    "regency": ("regency",),
    "district": ("district",),
    "village": ("village",),
    "province": ("province", "state"),
    "country": ("country",),
    "street": ("street", "road"),
    "airport": ("airport",),
    "port": ("port", "seaport", "harbour", "harbor"),
    "station": ("station", "terminal"),
    "stadium": ("stadium",),
    "hospital": ("hospital",),
    "hotel": ("hotel",),
    "market": ("market",),
    "prison": ("prison", "jail"),
    "island": ("island",),
    "mountain": ("mountain", "mount", "volcano"),
    "river": ("river",),
    "beach": ("beach",),
}
BUILDING_WORDS = (
    "hospital",
    "hotel",
    "stadium",
    "building",
    "mosque",
    "church",
    "office",
    "school",
    "campus",
    "airport",
    "station",
    "market",
    "mall",
    "center",
    "centre",
    "arena",
    "plaza",
    "dome",
)
SPEAKER_ROLE_WORDS = ("spokesperson",)
ROLE_MODIFIERS: tuple[str, ...] = ()
# Nouns a which-question asks a place ("which location") or a body ("which agency") with.
PLACE_NOUNS = (
    *"place location region area town venue arena direction prison jail camp state continent neighbourhood".split(),
    *"neighborhood road site zone route destination park coast sea ocean part side spot facility address".split(),
)
# Nouns a which-question asks a date with ("in which year", "on which day"); "which hour" asks a clock time.
DATE_NOUNS = tuple("year years month months day days date dates week weeks decade century".split())
CLOCK_NOUNS = ("hour", "time")
AREA_NOUNS = tuple("the area grounds field compound office offices hall".split())  # "at the grounds of X"
BODY_NOUNS = tuple(
    "country company team agency organisation organization club party institution outlet media group firm".split()
)
# Verbs a who-question asks the doer of, as the role that names the doer: "who directed the film?" asks for its
# director ("film arahan James Gray", "sutradara Deni Pusung")
VERB_ROLES = {
    **{"directed": "director", "directs": "director", "coached": "coach", "coaches": "coach", "founded": "founder"},
    **{"wrote": "writer", "sang": "singer"},
    **{"drove": "driver", "driving": "driver"},
}
