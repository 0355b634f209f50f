"""`python -m sourcedesk`: the same command line as the `sourcedesk` script."""

from sourcedesk.interfaces.cli import main

if __name__ == "__main__":
    main()
