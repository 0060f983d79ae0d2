"""Indonesian titles, roles, organisations and places: the words around and inside names."""

# Titles, ranks and honorifics stand before a name and are not part of it.
HONORIFICS = frozenset(
    """
almarhum almarhumah alm mendiang
bapak pak ibu bu saudara sdr sdri tuan nyonya haji hj h kh ustaz ustad habib gus mas mbak bung dr drs dra ir prof
akbp akp kompol iptu ipda aiptu aipda bripka brigadir briptu bripda bharada kombes kombespol brigjen brigjenpol irjen
irjenpol komjen jenderal jend letjen mayjen kolonel kol letkol mayor kapten lettu letda serka serma sertu pelda kopda
laksamana laksma marsekal marsda
""".split()
)
# Official abbreviations of roles, as news writes them before a name ("Wakil Menlu Kim Hong-kyun").
ROLE_ABBREVIATIONS = {
    "ketum": "ketua umum",
    "menlu": "menteri luar negeri",
    "wamenlu": "wakil menteri luar negeri",
    "menhan": "menteri pertahanan",
    "mendagri": "menteri dalam negeri",
    "menkeu": "menteri keuangan",
    "menko": "menteri koordinator",
    "wapres": "wakil presiden",
    "wagub": "wakil gubernur",
    "wabup": "wakil bupati",
    "dubes": "duta besar",
    "jubir": "juru bicara",
    "sekjen": "sekretaris jenderal",
    "dirut": "direktur utama",
    "presdir": "presiden direktur",
    "kapolri": "kepala kepolisian",
    "kapolda": "kepala kepolisian daerah",
    "kapolres": "kepala kepolisian resor",
    "kadis": "kepala dinas",
    "kades": "kepala desa",
}
# Role nouns that name no particular office: "which official", "pejabat mana" want anyone holding a role.
GENERIC_ROLES = ("pejabat", "tokoh", "petinggi")
# Role nouns: a who-question that names one wants a person, and the name usually follows the role.
ROLE_WORDS = frozenset(
    """
presiden wapres wakil menteri menko mendagri menkeu menlu menhan mendikbud gubernur wagub bupati wabup walikota
wali wakil camat lurah kades kepala ketua wakil sekretaris sekjen direktur dirut manajer komisaris juru bicara jubir
kapolri kapolda kapolres kapolresta kapolsek kasat kasatreskrim kasatnarkoba kasubdit kabid kabag kasi kapuspen
kasubbag kasubag kanit kabiro kasatlantas kanitlantas ketum
panglima pangdam danrem dandim danramil komandan pelatih kapten kiper penyerang gelandang pemain artis penyanyi aktor
aktris jaksa hakim pengacara kuasa hukum anggota ketua umum pimpinan pemimpin pendiri pemilik ceo dokter dosen
guru rektor dekan peneliti pengamat ekonom analis kepala dinas kadis plt pj penjabat duta besar dubes senator
anggota dewan legislator politikus politisi tersangka pelaku korban saksi warga ayah ibu anak istri suami kakak
adik perdana pesinetron komedian pelawak desainer perancang atlet petinju penulis wartawan jurnalis sutradara
produser presenter penyiar pegawai karyawan pengusaha mahasiswa siswa mahkota promotor pembimbing penguji pembalap
pengemudi sopir wasit pilot psikolog psikiater ahli pakar ilmuwan peserta kontestan
""".split()
)
# Role words that take the next word ("juru bicara", "wakil ketua"); a deputy's word before a role ("wakil").
ROLE_HEADS = ("juru", "duta", "kepala", "wakil")
DEPUTY_WORDS = ("wakil",)
# Between a name and the role it holds: "Christine Hakim selaku Ketua Komite ...", "X yang juga Ketua ..."
ROLE_LINKS = ("selaku", "sebagai", "yang juga", "yang merupakan", "yang menjabat", "yang menjabat sebagai")
# People named by what befell them or by kinship, not a role a question asks a name for ("korban", "ayah").
NOT_ASKED_ROLES = frozenset("korban warga anak ibu ayah".split())
# Words that head the name of a body, not a person.
ORGANISATION_WORDS = frozenset(
    """
kementerian kemenkeu kemendagri kemenlu kemenkes badan lembaga komisi dewan majelis mahkamah pengadilan kejaksaan
kejati kejari kepolisian polri polda polres polresta polsek satreskrim satresnarkoba dinas pemerintah pemkab pemkot
pemprov partai pt cv bank universitas institut sekolah yayasan perusahaan persatuan asosiasi serikat federasi klub
tim timnas delegasi kpk bpk dpr dprd mpr kpu bawaslu bnn bnpb bpbd bmkg basarnas tni ojk bi bumn pln pertamina
ditjen direktorat
""".split()
)
# A ministry's short name is its whole name: the capitalised words after it name a person ("Kemenkumham Sam
# Fernando"), where after "Badan" or "PT" they go on naming the body.
WHOLE_BODY_NAMES = frozenset(
    """
kemenkumham kemenpora kemenag kemensos kemenhub kemenkominfo kemendikbud kemenristekdikti kemenperin kemendag kementan
kemenpupr kemenhan kemenaker kemnaker kemenpar kemendes kemenko kemenkopolhukam kemenpan kemenkeu kemendagri kemenlu
kemenkes
""".split()
)
ORGANISATION_WORDS |= WHOLE_BODY_NAMES
# Academic degrees written after a name ("Ir. Ahmad Syafiq MSc, PhD", "Budi Santoso, S.H., M.H."): no part of it
DEGREES = frozenset("sh mh se mm msc ma mba phd st mt ssi msi spd mpd skom sked mkes msos sip sag mag".split())
LEGAL_FORMS = frozenset("pt cv tbk ud pd".split())  # "PT Astra", "CV Maju": the legal form heads a company
# Heads of the name of a regulation, which names no one: "UU Perdagangan", "Revisi UU Pertanahan"
LAW_HEADS = frozenset(
    "uu ruu undang-undang perppu perpu perpres permen perda pergub perwali keppres inpres revisi".split()
)
PLACE_ENDS: frozenset[str] = frozenset()  # Indonesian heads a place's name (PLACE_WORDS)
THING_ENDS: frozenset[str] = frozenset()  # Indonesian heads a thing's name, it does not end it
# First words of the name of an event, a competition or a prize, which names no one: "Liga Europa", "Piala Dunia"
THING_HEADS = frozenset("liga piala kejuaraan turnamen festival penghargaan anugerah olimpiade".split())
# Nouns for made things whose model or title follows them: "mobil Toyota Avanza", "film Kucumbu Tubuh Indahku"
THING_NOUNS = frozenset(
    "mobil motor truk bus pesawat kapal helikopter kereta ponsel laptop film serial lagu album buku novel sinetron gim "
    "rudal senapan".split()
)
# Words that head a place name.
PLACE_WORDS = frozenset(
    """
provinsi kabupaten kab kota kecamatan kec kelurahan kel desa dusun kampung jalan jl gang gg pulau selat teluk gunung
sungai danau pantai pelabuhan bandara stasiun terminal pasar mal hotel rumah sakit rs rsud puskesmas stadion gedung
masjid gereja pura kompleks perumahan blok rt rw lapas rutan
""".split()
)
# Provinces written short ("Sulsel", "Jabar"): a place, never part of a person's name ("Walhi Sumsel Hairul Sobri").
REGION_ABBREVIATIONS = frozenset(
    "nad sumut sumbar kepri sumsel babel jabar jateng jatim diy ntb ntt kalbar kalteng kalsel kaltim kaltara sulut "
    "sulteng sulbar sulsel sultra malut pabar jabodetabek".split()
)
ORIGIN_WORDS = ("asal", "berasal dari", "kelahiran", "asli")  # before a place someone comes from
ORIGIN_ASKED = ("asal", "berasal", "dari mana", "dari negara")
DESTINATION_WORDS = ("ke arah", "menuju", "ke")  # before a place someone goes to
DESTINATION_ASKED = ("ke mana", "kemana", "arah mana", "ke arah", "menuju ke mana", "tujuan")
LOCATIVE_WORDS = ("di", "ke", "dari", "menuju", "dekat", "sekitar", "kawasan", "wilayah", "daerah", "lokasi")
COUNTRY_NOUNS = ("negara",)
# Verbs whose object is a place ("mengunjungi Brussels").
PLACE_VERBS = ("mengunjungi", "mendatangi", "menyambangi", "berkunjung")
# Compass words end or start place names ("Jawa Tengah", "Korea Selatan", "North Sumatra").
COMPASS = ("utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya", "timur laut", "barat laut")
# Where-questions: the level or kind of place asked ("di kabupaten mana", "which city", "bandara mana") and the
# heads of buildings.
PLACE_LEVELS = {
    "city": ("kota",),
    "regency": ("kabupaten", "kab"),
    "district": ("kecamatan",),
    "village": ("desa", "kelurahan"),
    "province": ("provinsi",),
    "country": ("negara",),
    "street": ("jalan", "jl"),
    "airport": ("bandara", "bandar udara"),
    "port": ("pelabuhan",),
    "station": ("stasiun", "terminal"),
    "stadium": ("stadion",),
    "hospital": ("rumah sakit", "rs", "rsud", "rspad"),
    "hotel": ("hotel",),
    "market": ("pasar",),
    "prison": ("lapas", "rutan", "penjara"),
    "island": ("pulau",),
    "mountain": ("gunung",),
    "river": ("sungai",),
    "beach": ("pantai",),
}
BUILDING_WORDS = (
    "rumah sakit",
    "rs",
    "rsud",
    "rspad",
    "hotel",
    "stadion",
    "gedung",
    "masjid",
    "gereja",
    "kantor",
    "sekolah",
    "kampus",
    "bandara",
    "stasiun",
    "pasar",
    "mal",
)
SPEAKER_ROLE_WORDS = ("aktivis", "perwakilan", "pejabat", "staf", "sumber", "pelatih", "agen")
ROLE_MODIFIERS = (*"besar agung utama umum tinggi khusus senior eksekutif muda madya pribadi negara".split(),)
# Nouns a which-question asks a place ("tempat mana") or a body ("badan mana") with.
PLACE_NOUNS = (
    *"tempat lokasi daerah wilayah kawasan arena venue arah penjara kamp negeri benua lingkungan ruas situs".split(),
    *"zona rute taman pesisir laut samudra bagian sisi fasilitas alamat".split(),
)
# Nouns a which-question asks a date with ("tahun mana", "pada hari apa"); "jam berapa" asks a clock time.
DATE_NOUNS = ("tahun", "bulan", "hari", "tanggal", "pekan", "minggu", "dekade", "abad")
CLOCK_NOUNS = ("jam", "pukul", "waktu")
# Common nouns of an area written between a locative and a place's name: "di lapangan Silang Monas"
AREA_NOUNS = (
    *"lapangan kawasan wilayah daerah halaman area kantor markas aula ruang gedung restoran".split(),
    "rumah makan",
)
BODY_NOUNS = tuple("negara perusahaan tim badan klub partai lembaga media".split())
