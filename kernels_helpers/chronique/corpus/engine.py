"""Running the analysis over many articles: serially, on local processes, or on Dask.

Each article is analysed by ``chronique.analyze`` and reduced to a *digest*:
its timeline rows with the few fields the corpus merge needs (plain JSON-ready
data, a few kilobytes).  Workers send back digests, not analyses; the full
analysis travels only when it is asked for (kept in memory, or written to the
results cache), already compressed.

Articles are sent to workers in chunks (several articles per task) to amortise
the cost of a task; at most a few chunks per worker are in flight, and results
are handed on in input order, so memory stays bounded and the outcome does not
depend on the engine or on which worker finished first.

The results cache (``PartCache``) keeps one compressed JSON file per article
(its digest and its text), named by a hash of the text, its options and the
code that analyses it, each written atomically: a run that stops half-way
leaves whole parts only, and the next run reuses them.
"""
from __future__ import annotations

import gc
import gzip
import hashlib
import json
import math
import os
import zlib
from collections import deque
from functools import lru_cache
from pathlib import Path

from ..events import town_key
from ..pipeline import analyze, collector_paused
from ..timeline import Dating, _short
from .merge import normal_words

PART_SCHEMA = "chronique.corpus-part/3"
SERIAL_BELOW = 24       # fewer articles than this are analysed in this process
MAX_CHUNK = 32
WORKER_COLLECT_EVERY = 64       # chunks a worker process analyses between two collections
ENGINES = ("local", "dask", "serial")

_WARM_TEXTS = (("Mardi soir, le ministre a déclaré que 12 soldats avaient été tués vendredi.", "fr"),
               ("On Tuesday evening, the minister said 12 soldiers were killed on Friday.", "en"))


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of the chronique code: a cached result is reused only by the code that made it."""
    from .. import __version__
    from ..model import SCHEMA

    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(f"{__version__}\0{SCHEMA}\0{PART_SCHEMA}".encode())
    for path in sorted(root.rglob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:16]


# ----------------------------------------------------------------------------- one article


def _name(obj) -> str | None:
    return (obj or {}).get("name") or None


def _norm(text: str) -> str:
    """A claim's wording reduced to lower-case words."""
    return " ".join(normal_words(text))


def digest_of(analysis) -> dict:
    """What the corpus keeps of one analysis: its timeline rows (the values of ``timeline.rows``) with
    the facts used to merge them.

    Events and claims are tuples in the order of ``merge.EVENT_FIELDS`` and
    ``merge.CLAIM_FIELDS``, their strings first (compact to send between processes).  An event's place is
    the town's name as compared across languages (``events.town_key``: « Bagdad » is "Baghdad").
    """
    dating = Dating(analysis)
    event_dating, claim_dating = dating.event, dating.claim
    lang = analysis.lang
    ev_out, cl_out = [], []
    for e in analysis.events:
        start, end, precision, value, wording, timex, timex_rule, resolution, flags = event_dating(e)
        get = e.get
        cas = get("casualties") or {}
        sentence = e["sentence"]
        ev_out.append((
            e["id"], get("kind", ""), get("label") or _short(get("summary", "")), get("summary", ""),
            (get("trigger") or {}).get("text", ""), start, end, precision, value, wording, get("modality", ""),
            _name(get("actor")), _name(get("target")), town_key(lang, get("place")),
            "|".join(get("countries") or ()) or None, get("rule", ""), timex,
            timex_rule, resolution, flags, get("rung", 0), cas.get("killed"), cas.get("wounded"), get("troops"),
            get("crowd"), sentence["start"], sentence["end"], list(get("claims") or [])))
    for c in analysis.claims:
        start, end, precision, value, wording, timex, timex_rule, resolution, flags = claim_dating(c)
        get = c.get
        speaker, content = c["speaker"], c["content"]
        text = content["text"]
        cl_out.append((
            c["id"], speaker["name"], speaker.get("kind") or "", get("mode", ""), get("kind", ""), get("channel"),
            (get("cue") or {}).get("text", ""), text, _norm(text), start, end, precision, value, wording,
            get("rule", ""), timex, timex_rule, resolution, flags, bool(get("anonymous")), content["start"],
            content["end"], [h.get("text", "") for h in get("hedges") or []]))
    pub = analysis.published
    return {"lang": analysis.lang, "published": pub.value, "inferred": bool(pub.inferred),
            "chars": len(analysis.text), "timexes": len(analysis.timexes), "issues": len(analysis.issues),
            "events": ev_out, "claims": cl_out}


def analyse(text: str, published, lang):
    """``(status, digest or error message)`` for one article."""
    try:
        return "ok", digest_of(analyze(text, published=published, lang=lang))
    except ValueError as exc:
        return "error", str(exc) or type(exc).__name__
    except RecursionError:
        return "error", "internal error: the article is nested too deeply to analyse"
    except MemoryError:
        return "error", "internal error: out of memory while analysing the article"
    except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the corpus
        return "error", f"internal error: {type(exc).__name__}: {exc}"


_warm = False
_worker_chunks = None           # in a worker process of a ``LocalRunner``: chunks since its last collection


def warm_up() -> None:
    """Load every resource once (the first analysis of a process is several times slower)."""
    global _warm
    if _warm:
        return
    for text, lang in _WARM_TEXTS:
        analyse(text, None, lang)
    _warm = True


def work(chunk: list) -> list:
    """Analyse a chunk of ``(index, text, published, lang)``: a list of ``(index, status, payload)``."""
    global _worker_chunks
    warm_up()
    # as in ``analyze``, the cyclic collector waits until the chunk is done: it would otherwise go over
    # each analysis (all of it allocated since its last pass) while its digest is made
    with collector_paused():
        out = [(index, *analyse(text, published, lang)) for index, text, published, lang in chunk]
    if _worker_chunks is not None:
        _worker_chunks += 1
        if _worker_chunks >= WORKER_COLLECT_EVERY:
            _worker_chunks = 0
            gc.collect()
    return out


def _nothing() -> None:
    return None


def _init_worker() -> None:
    import signal

    global _worker_chunks
    # the parent decides when to stop (an interrupt reaches the whole process group)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()
    # a worker process only analyses, and analyses make no reference cycles: its resources, loaded
    # once, are set apart from the cyclic collector, which runs every few chunks instead of after each
    # (where it went over the chunk's digests before they were sent)
    gc.freeze()
    gc.disable()
    _worker_chunks = 0


# ----------------------------------------------------------------------------- the results cache


class PartCache:
    """One compressed JSON file per analysed article: its digest, and its text and options (from which its
    full analysis is made again when asked for), keyed by a hash of the text, the options and the code."""

    def __init__(self, directory):
        self.dir = Path(os.fspath(directory))
        if self.dir.exists() and not self.dir.is_dir():
            raise ValueError(f"cannot keep results in {self.dir}: it is not a folder")
        parent = self.dir.parent if str(self.dir.parent) else Path(".")
        if not parent.is_dir():
            raise ValueError(f"cannot keep results in {self.dir}: no such directory {parent}")
        try:
            self.dir.mkdir(exist_ok=True)
        except OSError as exc:
            raise ValueError(f"cannot create {self.dir}: {exc.strerror or exc}") from None

    def path(self, key: str) -> Path:
        return self.dir / f"{key}.json.gz"

    def _read(self, key: str) -> dict | None:
        try:
            with open(self.path(key), "rb") as fh:
                data = json.loads(gzip.decompress(fh.read()))
        except (OSError, EOFError, ValueError, zlib.error):
            return None            # missing or damaged: analysed again and rewritten
        if not isinstance(data, dict) or data.get("schema") != PART_SCHEMA or not isinstance(data.get("digest"), dict) \
                or not isinstance(data.get("text"), str):
            return None
        return data

    def get(self, key: str) -> dict | None:
        """The digest stored for ``key``, or None."""
        data = self._read(key)
        return data["digest"] if data else None

    def put(self, key: str, digest: dict, text: str, published, lang) -> None:
        """Store one article's result: written to a temporary file renamed into place, so that a run
        stopped at any moment leaves whole parts only (a damaged one would be analysed again)."""
        data = {"schema": PART_SCHEMA, "digest": digest, "text": text, "published": published, "lang": lang}
        raw = gzip.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass"),
                            compresslevel=1, mtime=0)
        target = self.path(key)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(raw)
            os.replace(tmp, target)
        except OSError as exc:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise ValueError(f"cannot write {target}: {exc.strerror or exc}") from None
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    def analysis(self, key: str):
        """The full analysis of the article stored under ``key`` (made again from its text)."""
        data = self._read(key)
        if data is None:
            raise ValueError(f"the result {key} is no longer in {self.dir}")
        return analyze(data["text"], published=data.get("published"), lang=data.get("lang"))


# ----------------------------------------------------------------------------- runners


class SerialRunner:
    name = "serial"
    workers = 1

    def __init__(self):
        warm_up()

    def capacity(self) -> int:
        return 1

    def submit(self, chunk):
        return chunk

    def result(self, handle):
        return work(handle)

    def close(self, abort=False):
        pass


def _context():
    """How worker processes start.

    ``fork`` from a process with a single thread (a script, the command line):
    workers start at once, warm, and a script needs no ``__main__`` guard.  From
    a process with threads (a notebook kernel, a server), forking could copy a
    lock held by another thread: a fork server is used instead, with
    chronique loaded in it.  Elsewhere, ``spawn``.
    """
    import multiprocessing as mp
    import threading

    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    if "forkserver" in methods:
        try:
            from multiprocessing import forkserver

            server = forkserver._forkserver
            if getattr(server, "_forkserver_pid", None) is None:
                current = list(getattr(server, "_preload_modules", None) or [])
                if "chronique.corpus.engine" not in current:
                    mp.set_forkserver_preload(current + ["chronique.pipeline", "chronique.corpus.engine"])
        except (ImportError, AttributeError):
            pass
        return mp.get_context("forkserver")
    return mp.get_context("spawn")


class LocalRunner:
    """Worker processes on this machine (``concurrent.futures.ProcessPoolExecutor``)."""

    name = "local"

    def __init__(self, workers, context=None):
        self.workers = workers
        self._context = context
        self.generation = 0
        self._pool = None
        self._start()

    def _start(self):
        from concurrent.futures import ProcessPoolExecutor

        context = self._context or _context()
        if context.get_start_method() == "fork":
            warm_up()           # once in this process: forked workers start warm
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=_init_worker)
        self.generation += 1
        # start the workers now, before this process starts any thread of its own (a progress bar)
        self._pool.submit(_nothing).result()

    def capacity(self) -> int:
        return self.workers * 3

    def submit(self, chunk):
        return (self.generation, self._pool.submit(work, chunk), chunk)

    def result(self, handle):
        from concurrent.futures.process import BrokenProcessPool

        generation, future, chunk = handle
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        if generation == self.generation:
            self._restart()
            return self._one_by_one(chunk)
        # the pool broke on another chunk: this one is sent again, whole
        return self.result(self.submit(chunk))

    def _restart(self):
        self.close(abort=True)
        self._start()

    def _one_by_one(self, chunk):
        from concurrent.futures.process import BrokenProcessPool

        out = []
        for entry in chunk:
            try:
                out += self._pool.submit(work, [entry]).result()
            except BrokenProcessPool:
                out.append((entry[0], "error", "the process analysing this article died "
                            "(it ran out of memory or crashed)"))
                self._restart()
        return out

    def close(self, abort=False):
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if abort:
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for p in processes:
                try:
                    p.terminate()
                except (OSError, AttributeError, ValueError):
                    pass
            for p in processes:
                try:
                    p.join(3)
                    if p.is_alive():
                        p.kill()
                        p.join(3)
                except (OSError, AttributeError, ValueError, AssertionError):
                    pass
        else:
            pool.shutdown(wait=True)


class DaskRunner:
    """Tasks on a Dask cluster: the scheduler at ``address``, a ``distributed.Client``, or a local cluster."""

    name = "dask"

    def __init__(self, workers, scheduler=None):
        try:
            import distributed
        except ImportError:
            raise ValueError("the dask engine needs dask.distributed: pip install 'chronique[dask]'") from None
        self._own_client = self._cluster = None
        if isinstance(scheduler, distributed.Client):
            self.client = scheduler
        else:
            try:
                if scheduler is None:
                    import warnings

                    with warnings.catch_warnings():
                        # no dashboard; the scheduler's own HTTP server takes a free port when 8787 is taken
                        warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
                        self._cluster = distributed.LocalCluster(
                            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                            host="127.0.0.1", silence_logs=40)
                    address = self._cluster
                else:
                    address = getattr(scheduler, "scheduler_address", scheduler)
                    if not isinstance(address, str):
                        raise ValueError(f"a Dask scheduler is an address such as tcp://host:8786, "
                                         f"not {type(scheduler).__name__}")
                self.client = self._own_client = distributed.Client(address, timeout="20s",
                                                                    set_as_default=False)
            except ValueError:
                self.close()
                raise
            except (OSError, TimeoutError) as exc:
                self.close()
                raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            threads = sum(self.client.nthreads().values())
        except Exception:  # noqa: BLE001 - a scheduler without workers yet
            threads = 0
        self.workers = max(1, threads)

    def capacity(self) -> int:
        return self.workers * 3

    def submit(self, chunk):
        return (self.client.submit(work, chunk, pure=False), chunk)

    def result(self, handle):
        future, chunk = handle
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - a worker lost with the task (KilledWorker...): one by one
            pass
        out = []
        for entry in chunk:
            try:
                out += self.client.submit(work, [entry], pure=False).result()
            except Exception as exc:  # noqa: BLE001
                out.append((entry[0], "error", f"the Dask worker analysing this article failed: "
                            f"{type(exc).__name__}: {exc}"))
        return out

    def close(self, abort=False):
        if self._own_client is not None:
            try:
                self._own_client.close()
            except Exception:  # noqa: BLE001 - closing must not hide the run's own outcome
                pass
            self._own_client = None
        if self._cluster is not None:
            try:
                self._cluster.close()
            except Exception:  # noqa: BLE001
                pass
            self._cluster = None


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def choose(engine: str | None, workers: int | None, scheduler, total: int | None):
    """The runner for a run.  Without an engine named: Dask when a scheduler is given, else worker
    processes, or this process for a handful of articles or a single worker."""
    auto = engine is None
    if auto:
        engine = "dask" if scheduler is not None else "local"
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if workers is not None:
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
            raise ValueError(f"workers must be a whole number of at least 1, not {workers!r}")
    if scheduler is not None and engine != "dask":
        raise ValueError("a Dask scheduler is given: use the dask engine (or leave the engine out)")
    if engine == "dask":
        return DaskRunner(workers or default_workers(), scheduler)
    n = workers or default_workers()
    if engine == "serial" or (auto and (n == 1 or (total is not None and total < SERIAL_BELOW))):
        return SerialRunner()
    return LocalRunner(n)


def chunk_size(total: int | None, workers: int) -> int:
    """Articles per task: enough to amortise a task, few enough to keep every worker busy to the end."""
    if total is None:
        return 16
    return max(1, min(MAX_CHUNK, math.ceil(total / (workers * 8))))


def run(items, runner, *, cache: PartCache | None, total: int | None, keep_text: bool = False):
    """Analyse ``items`` (``sources.Item``) with ``runner``; yield ``(item, status, payload, reused)``
    in input order.  ``payload`` is the digest, or the error message.  The text of an item is dropped once
    sent to a worker, unless ``keep_text``."""
    size = chunk_size(total, runner.workers)
    key_of = fingerprint() if cache is not None else None
    queue: deque = deque()        # ("ready", [(item, status, payload, reused)]) or ("pending", handle, items)
    pending = 0
    chunk: list = []

    def flush():
        nonlocal chunk, pending
        if chunk:
            handle = runner.submit([(it.index, it.text, it.published, it.lang) for it in chunk])
            if not keep_text:
                for it in chunk:
                    it.text = None          # the worker has it now
            queue.append(("pending", handle, chunk))
            pending += 1
            chunk = []

    def pop():
        nonlocal pending
        entry = queue.popleft()
        if entry[0] == "ready":
            yield from entry[1]
            return
        _, handle, its = entry
        pending -= 1
        results = {index: (status, payload) for index, status, payload in runner.result(handle)}
        for it in its:
            status, payload = results.get(it.index, ("error", "no result came back for this article"))
            yield it, status, payload, False

    limit = runner.capacity()
    for item in items:
        if item.error is not None:
            queue.append(("ready", [(item, "error", item.error, False)]))
        else:
            digest = None
            if cache is not None:
                item.key = item.cache_key(key_of)
                digest = cache.get(item.key)
            if digest is not None:
                if not keep_text:
                    item.text = None
                queue.append(("ready", [(item, "ok", digest, True)]))
            else:
                chunk.append(item)
                if len(chunk) >= size:
                    flush()
        while queue and (queue[0][0] == "ready" or pending >= limit or len(queue) > 4 * limit):
            yield from pop()
    flush()
    while queue:
        yield from pop()
