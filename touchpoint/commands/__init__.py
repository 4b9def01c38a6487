"""One module per command group; each exposes click commands that cli.py registers."""
