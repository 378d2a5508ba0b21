"""Distributed crawling on scrapy-redis: one shared request queue, any number of workers.

`config` (settings, Redis keys, the `DistributedAddon` listed in settings.ADDONS; imports
neither redis nor scrapy-redis), `queue` (scheduler, queue with in-flight ledger, dupefilter),
`workers` (heartbeat, recovery of dead workers, when to stop) and `report` (one run report
merged from the workers' reports). See docs/distributed.md.
"""

from crawler.distributed.config import DistributedAddon

__all__ = ["DistributedAddon"]
