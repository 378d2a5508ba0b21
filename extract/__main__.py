"""Run the extractor CLI: `python -m extract [FILE]`."""

import sys

from extract.cli import main

sys.exit(main())
