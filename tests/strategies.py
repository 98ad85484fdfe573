"""Shared hypothesis strategies."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

VN_TZ = timezone(timedelta(hours=7))

# From 2 January 1990 so that a UTC rendering ("...Z") never falls back into 1989, outside the plausible range.
vn_minutes = st.datetimes(
    min_value=datetime(1990, 1, 2),
    max_value=datetime(2040, 12, 31, 23, 59),
    timezones=st.just(VN_TZ),
).map(lambda moment: moment.replace(second=0, microsecond=0))
"""Aware datetimes in +07:00 at minute precision, 1990-2040."""

# Characters dates are made of, so generated text reaches deep into the parser rather than failing at once.
_DATE_ALPHABET = "0123456789 /:-.,|()+hHgTZtứThứnămngàyGMTUTCAPMSACHCN" + "\u0300\u0301\u0303\u0309\u0323"
date_like_text = st.text(alphabet=_DATE_ALPHABET, max_size=60)
"""Short strings of date characters and Vietnamese words, including stray combining marks."""

adversarial_text = st.builds(
    lambda piece, times, tail: piece * times + tail,
    st.sampled_from(["1", "/", " ", "ệ", "1/", "1 ", "12:", "-", "e\u0302\u0323", "Thứ ", "GMT+", "1.", "(", "9h"]),
    st.integers(min_value=1, max_value=100_000),
    st.sampled_from(["", "10/11/2016", "x", "10/11/2016 14:30 (GMT+7)"]),
)
"""Long runs of digits, separators, spaces and diacritics, optionally followed by a date."""
