"""`python -m crawler.store`: show what the seen-store holds."""

import sys

from crawler.store.cli import main

sys.exit(main())
