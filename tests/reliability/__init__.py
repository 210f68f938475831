"""One test per case of RELIABILITY.md (b): N1-N27, F1-F25, H1-H13, T1-T14, S1-S18, C1-C10, X1-X12.

Every test is named after its case (`test_N4_...`); `bench/reliability_table.py` maps them back to the
cases and writes the table in docs/reliability.md from a run of this package.
"""
