"""The distributed switch and its credentials: which settings make a crawl distributed, and masking.

No Redis needed: these read settings and environments only.
"""

from __future__ import annotations

import pytest
from scrapy.settings import Settings

from crawler.distributed.config import DistributedConfig
from crawler.store.redis_url import (
    DistributedConfigError,
    connect,
    mask_url,
    real_url,
    remember_url,
    url_has_password,
)
from tests.distributed.conftest import free_port


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("redis://:s3cret@redis-host:6379/0", "redis://:****@redis-host:6379/0"),
        ("redis://crawler:s3cret@redis-host:6379/0", "redis://crawler:****@redis-host:6379/0"),
        # a lone userinfo may be a token (crawler.masking): hidden too
        ("rediss://crawler@redis-host:6380/1", "rediss://****@redis-host:6380/1"),
        ("redis://redis-host:6379/0?password=s3cret&db=2", "redis://redis-host:6379/0?password=****&db=2"),
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/0"),
    ],
)
def test_mask_url_hides_the_password_and_nothing_else_but_a_lone_user(url: str, masked: str) -> None:
    assert mask_url(url) == masked
    assert "s3cret" not in mask_url(url)


def test_a_masked_url_leads_back_to_the_real_one_only_in_this_process() -> None:
    masked = remember_url("redis://:s3cret@redis-host:6379/0")
    assert masked == "redis://:****@redis-host:6379/0"
    assert real_url(masked) == "redis://:s3cret@redis-host:6379/0"
    assert real_url("redis://other:6379/0") == "redis://other:6379/0"


def test_url_has_password() -> None:
    assert url_has_password("redis://:pw@h:1/0")
    assert url_has_password("redis://h:1/0?password=pw")
    assert not url_has_password("redis://user@h:1/0")


def config(settings: dict[str, object], environ: dict[str, str] | None = None) -> DistributedConfig | None:
    """The config these settings (as given with -s) and environment make."""
    return DistributedConfig.from_settings(Settings(settings), environ or {})


def test_no_redis_url_means_a_local_crawl() -> None:
    assert config({}) is None
    assert config({}, {"REDIS_URL": "redis://h:6379/0"}) is None  # the environment alone does not switch


def test_redis_url_switches_and_distributed_0_forces_local() -> None:
    found = config({"REDIS_URL": "redis://h:6379/0"}, {"REDIS_PASSWORD": "pw"})
    assert found is not None
    assert (found.url, found.password, found.role, found.key_prefix) == (
        "redis://h:6379/0",
        "pw",
        "worker",
        "technews",
    )
    assert config({"REDIS_URL": "redis://h:6379/0", "DISTRIBUTED": "0"}) is None


def test_distributed_1_takes_the_url_from_the_environment() -> None:
    found = config({"DISTRIBUTED": "1"}, {"REDIS_URL": "redis://:pw@h:6379/0"})
    assert found is not None and found.masked_url == "redis://:****@h:6379/0"
    with pytest.raises(DistributedConfigError, match="DISTRIBUTED=1 needs a Redis URL"):
        config({"DISTRIBUTED": "1"})


def test_worker_ids_are_unique_and_safe_in_file_names() -> None:
    first, second = config({"REDIS_URL": "redis://h/0"}), config({"REDIS_URL": "redis://h/0"})
    assert first is not None and second is not None
    assert first.worker_id != second.worker_id
    host, pid, random = first.worker_id.rsplit("-", 2)
    assert host and pid.isdigit() and len(random) == 6


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"REDIS_URL": "http://:s3cret@h:6379/0"}, r"REDIS_URL must start with redis://.*:\*\*\*\*@h"),
        ({"REDIS_URL": "redis://h/0", "DISTRIBUTED_ROLE": "boss"}, "DISTRIBUTED_ROLE must be worker or seed"),
        (
            {"REDIS_URL": "redis://h/0", "DISTRIBUTED_HEARTBEAT_TTL": "1"},
            "at least 3 × DISTRIBUTED_POLL_INTERVAL",
        ),
        (
            {"REDIS_URL": "redis://h/0", "DISTRIBUTED_POLL_INTERVAL": "0"},
            "DISTRIBUTED_POLL_INTERVAL must be positive",
        ),
        ({"REDIS_URL": "redis://h/0", "DISTRIBUTED_WORKER_ID": "a/b"}, "DISTRIBUTED_WORKER_ID may hold"),
    ],
)
def test_bad_settings_name_the_setting_and_never_the_password(
    settings: dict[str, object], message: str
) -> None:
    with pytest.raises(DistributedConfigError, match=message) as raised:
        config(settings)
    assert "s3cret" not in str(raised.value)


def test_an_unreachable_redis_is_named_with_the_password_masked() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(
        DistributedConfigError, match=rf"cannot reach Redis at redis://:\*\*\*\*@127.0.0.1:{port}/0"
    ):
        connect(f"redis://:s3cret@127.0.0.1:{port}/0")
