"""Minimum-cost one-to-one assignment (Hungarian)."""

from __future__ import annotations


def _augment(cost: list[list[float]], i: int, u: list[float], v: list[float], owner: list[int],
             way: list[int]) -> None:
    """Add row i to the assignment along a shortest augmenting path."""
    m = len(cost[0])
    inf = float("inf")
    owner[0] = i
    j0 = 0
    minv = [inf] * (m + 1)
    used = [False] * (m + 1)
    while True:
        used[j0] = True
        i0, delta, j1 = owner[j0], inf, 0
        for j in range(1, m + 1):
            if not used[j]:
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
        for j in range(m + 1):
            if used[j]:
                u[owner[j]] += delta
                v[j] -= delta
            else:
                minv[j] -= delta
        j0 = j1
        if owner[j0] == 0:
            break
    while j0:
        j1 = way[j0]
        owner[j0] = owner[j1]
        j0 = j1


def hungarian(cost: list[list[float]]) -> list[tuple[int, int]]:
    """Minimum-cost one-to-one assignment on a rectangular matrix (rows <= cols after transposing).
    Jonker-Volgenant style shortest augmenting paths; O(n^2 m), instant at list sizes."""
    if not cost or not cost[0]:
        return []
    transposed = len(cost) > len(cost[0])
    if transposed:
        cost = [list(col) for col in zip(*cost, strict=True)]
    n, m = len(cost), len(cost[0])
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        _augment(cost, i, u, v, owner, way)
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    return [(c, r) for r, c in pairs] if transposed else pairs
