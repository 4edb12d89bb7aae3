"""`python -m kg`: the same CLI as the `kg` command."""

from kg.cli import main

main()
