"""Imported first by the benchmark children: the time the child started running Python."""

import time

START = time.perf_counter()
