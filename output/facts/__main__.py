"""`python -m output.facts IN… -o OUTDIR`: the facts tables without Scrapy."""

from output.facts.build import main

raise SystemExit(main())
