"""The ``julian-gregorian`` command line: one module per subcommand."""
