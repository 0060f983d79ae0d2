"""`python -m sumber`: the same as the `sumber` command."""

from sumber.cli import main

if __name__ == "__main__":
    main()
