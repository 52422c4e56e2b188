"""A corpus run on a Dask cluster gives the same result as the run in one process."""
import json

import pytest

import chronique
from chronique import cli
from conftest import SHARED

import distributed  # noqa: E402 - dask[distributed] is part of the test extra

FR = (SHARED / "seeds" / "baghdad_embassy_fr.txt").read_text(encoding="utf-8")
EN = (SHARED / "seeds" / "baghdad_embassy_en.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes on this machine: no network beyond the loopback, no dashboard."""
    import warnings

    warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, memory_limit="768MiB",
                                  dashboard_address=None, host="127.0.0.1", silence_logs=40) as c:
        yield c


def items():
    out = []
    for k in range(7):
        text = (FR if k % 2 else EN).replace("750", str(700 + 10 * k))
        out.append({"id": f"n{k}", "text": text, "source": f"S{k % 3}"})
    out.insert(3, {"id": "broken", "text": "\x00\x01\x02" * 50})
    return out


def test_dask_run_is_identical_to_the_single_process_run(cluster):
    serial = chronique.corpus(items(), engine="serial")
    dask = chronique.corpus(items(), scheduler=cluster.scheduler_address)
    assert dask.run["engine"] == "dask" and dask.run["workers"] == 2
    assert dask.to_dict() == serial.to_dict()
    assert [f["id"] for f in dask.failures] == ["broken"]
    assert dask.analysis("n3").to_dict() == serial.analysis("n3").to_dict()


def test_cli_on_a_dask_scheduler_writes_the_same_output(cluster, tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in items()), encoding="utf-8")
    a, b = tmp_path / "dask.json", tmp_path / "serial.json"
    assert cli.main(["corpus", str(path), "-o", str(a), "--scheduler", cluster.scheduler_address]) == 1
    assert "dask engine" in capsys.readouterr().out
    assert cli.main(["corpus", str(path), "-o", str(b), "--engine", "serial", "--no-cache"]) == 1
    assert a.read_bytes() == b.read_bytes()


def test_the_run_closes_the_client_it_opened(cluster):
    import time

    def clients(dask_scheduler):
        return len(dask_scheduler.clients)

    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        before = client.run_on_scheduler(clients)
        chronique.corpus(items()[:2], scheduler=cluster.scheduler_address)
        deadline = time.monotonic() + 10
        while client.run_on_scheduler(clients) != before and time.monotonic() < deadline:
            time.sleep(0.1)
        assert client.run_on_scheduler(clients) == before


def test_dask_engine_without_a_scheduler_starts_and_stops_its_own_cluster():
    import threading

    before = threading.active_count()
    c = chronique.corpus(items()[:3], engine="dask", workers=1)
    assert c.run["engine"] == "dask" and len(c) == 3
    assert c.to_dict() == chronique.corpus(items()[:3], engine="serial").to_dict()
    assert not distributed.client._global_clients or all(cl.status != "running"
                                                         for cl in distributed.client._global_clients.values())
    assert threading.active_count() <= before + 2
