"""The parallel test run with a process of its own for the browser test classes.

A browser test spends much of its time waiting: for Chromium to lay out and paint, for
the live server, for a swap to settle. Run after every other test, as Django's parallel
runner would have them (see peaceproc.testing.scheduled), those waits left the cores
idle at the end of the run. Here one more process than asked for runs browser classes
from the start, beside the processes that run the other tests; when those have no other
test left, they take browser classes too. Each class still runs whole in one process, on
a test database of its own (one more clone is made for the extra process).
"""

import ctypes
import functools
import multiprocessing
import queue
from collections import deque

from django.test.runner import ParallelTestSuite, _safe_init_worker


def is_browser_class(subsuite) -> bool:
    """Whether a class's tests (one subsuite of the parallel run) are browser tests."""
    return "browser" in getattr(next(iter(subsuite)), "tags", ())


class HandOut:
    """The classes not yet handed out, and which one a free process gets next: the
    browser process only browser classes, the others the other classes first and then
    browser classes. A process that has begun browser classes is so given nothing else
    (peaceproc.testing.scheduled says why)."""

    def __init__(self, *, browser: list[int], others: list[int]):
        self.browser, self.others = deque(browser), deque(others)

    def next_for(self, *, own: bool) -> int | None:
        """The next class for a free process (of the browser's own pool if `own`), or
        None when there is none left for it."""
        for waiting in (self.browser,) if own else (self.others, self.browser):
            if waiting:
                return waiting.popleft()
        return None


class BrowserBesideSuite(ParallelTestSuite):
    """Django's parallel suite, with the browser classes started at once in a process of
    their own (see the module's docstring) when there are both kinds of test."""

    def __init__(self, subsuites, processes, *args, **kwargs):
        super().__init__(subsuites, processes, *args, **kwargs)
        kinds = [is_browser_class(subsuite) for subsuite in subsuites]
        self.browser = [i for i, browser in enumerate(kinds) if browser]
        self.others = [i for i, browser in enumerate(kinds) if not browser]

    @property
    def extra_processes(self) -> int:
        """The processes this run adds to those asked for: one for the browser classes
        when there are other tests to run beside them, else none."""
        return 1 if self.browser and self.others else 0

    def run(self, result):
        if not self.extra_processes:
            return super().run(result)
        self.initialize_suite()
        counter = multiprocessing.Value(ctypes.c_int, 0)
        result.buffer = False  # as Django's: no buffering in the main process
        initializer = functools.partial(_safe_init_worker, self.init_worker.__func__)
        initargs = [
            counter,
            self.initial_settings,
            self.serialized_contents,
            self.process_setup.__func__,
            self.process_setup_args,
            self.debug_mode,
            self.used_aliases,
        ]
        order = HandOut(browser=self.browser, others=self.others)
        finished = queue.SimpleQueue()
        with (
            multiprocessing.Pool(self.processes, initializer, initargs) as shared,
            multiprocessing.Pool(1, initializer, initargs) as own,
        ):
            free = {own: 1, shared: self.processes}

            def hand_out() -> None:
                for pool in (own, shared):
                    while free[pool] and (index := order.next_for(own=pool is own)) is not None:
                        free[pool] -= 1
                        pool.apply_async(
                            self.run_subsuite.__func__,
                            [self.task(index)],
                            callback=lambda outcome, pool=pool: finished.put((pool, outcome)),
                            error_callback=lambda error, pool=pool: finished.put((pool, error)),
                        )

            hand_out()
            while free[own] < 1 or free[shared] < self.processes:
                if result.shouldStop:
                    return result  # leaving the pools terminates them, as Django does
                try:
                    pool, outcome = finished.get(timeout=0.1)
                except queue.Empty:
                    if counter.value < 0:
                        raise RuntimeError("_init_worker failed, see prior traceback") from None
                    continue
                free[pool] += 1
                if isinstance(outcome, BaseException):
                    raise outcome
                index, events = outcome
                tests = list(self.subsuites[index])
                for event in events:
                    self.handle_event(result, tests, event)
                hand_out()
            for pool in (own, shared):
                pool.close()
                pool.join()
        return result

    def task(self, index: int) -> tuple:
        """The arguments of `run_subsuite` for the class at `index`, as Django's run()."""
        return (self.runner_class, index, self.subsuites[index], self.failfast, self.buffer)
