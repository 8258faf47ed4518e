from polcmp.match.assignment import hungarian


def test_hungarian_finds_the_global_optimum():
    cost = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
    pairs = hungarian(cost)
    assert sorted(pairs) == [(0, 1), (1, 0), (2, 2)]
    assert hungarian([[1, 0]]) == [(0, 1)]
    assert sorted(hungarian([[1], [0]])) == [(1, 0)]
    assert hungarian([]) == []
