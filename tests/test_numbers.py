"""The number grammar (claimwatch.extract.numbers): tables of (text, lang, expected), one table per feature.

Every table row is data. ``None`` as lang means "guess". Values are written with underscores so the
magnitude is visible. The test functions at the bottom only compare.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimwatch.extract import numbers
from claimwatch.extract.numbers import Quantity, find_quantities, parse_amount

T = 10**12
B = 10**9
M = 10**6

# ---------------------------------------------------------------------------------------------------
# parse_amount: one whole expression -> int or None
# ---------------------------------------------------------------------------------------------------

PARSE = [
    # English: decimals, suffixes, words
    ("1.76 trillion", "en", 1_760_000_000_000),
    ("1.76T", "en", 1_760_000_000_000),
    ("1,76T", None, 1_760_000_000_000),
    ("1.8T", "en", 1_800_000_000_000),
    ("1.5 trillion", "en", 1_500_000_000_000),
    ("1.5 trillion", None, 1_500_000_000_000),
    ("3.8 billion", None, 3_800_000_000),
    ("3.8bn", "en", 3_800_000_000),
    ("3.8 bn", "en", 3_800_000_000),
    ("3.8Bn", "en", 3_800_000_000),
    ("1.2tn", "en", 1_200_000_000_000),
    ("10 mn", "en", 10_000_000),
    ("175 billion", "en", 175_000_000_000),
    ("175B", "en", 175_000_000_000),
    ("70b", "en", 70_000_000_000),
    ("7B", None, 7_000_000_000),
    ("540 billion", "en", 540_000_000_000),
    ("0.5 trillion", "en", 500_000_000_000),
    ("1,500 billion", "en", 1_500_000_000_000),
    ("1.760 billion", "en", 1_760_000_000),
    ("1.760 billion", None, 1_760_000_000),
    ("1,674.5 million", "en", 1_674_500_000),
    ("10 million", "en", 10_000_000),
    ("10M", "en", 10_000_000),
    ("2.3 million", "en", 2_300_000),
    ("12.5 million", "en", 12_500_000),
    ("2.5 thousand", "en", 2_500),
    ("100 thousand", "en", 100_000),
    ("128K", "en", 128_000),
    ("128k", "en", 128_000),
    ("1.2b", "en", 1_200_000_000),
    ("one trillion", "en", 1_000_000_000_000),
    ("a trillion", "en", 1_000_000_000_000),
    ("a billion", "en", 1_000_000_000),
    ("one billion", None, 1_000_000_000),
    ("half a trillion", "en", 500_000_000_000),
    ("half a trillion", None, 500_000_000_000),
    ("half a billion", "en", 500_000_000),
    ("a half billion", "en", 500_000_000),
    ("a quarter trillion", "en", 250_000_000_000),
    ("one quadrillion", "en", 10**15),
    ("two hundred billion", "en", 200_000_000_000),
    ("a hundred billion", "en", 100_000_000_000),
    ("twenty-five billion", "en", 25_000_000_000),
    ("one and a half trillion", "en", 1_500_000_000_000),
    ("two million and a half", "en", 2_500_000),
    ("ten billion", "en", 10_000_000_000),
    ("twelve billion", "en", 12_000_000_000),
    ("fifty billion", "en", 50_000_000_000),
    ("Seventy Billion", "en", 70_000_000_000),
    ("six hundred billion", "en", 600_000_000_000),
    ("a thousand billion", "en", 1_000_000_000_000),
    ("twenty-one trillion three hundred", "en", 21_000_000_000_300),
    ("175,000,000,000", "en", 175_000_000_000),
    ("175,000,000,000", None, 175_000_000_000),
    ("1,000,000", "en", 1_000_000),
    ("$10 billion", "en", 10_000_000_000),
    ("US$ 4bn", None, 4_000_000_000),
    ("1 Billion", "en", 1_000_000_000),
    ("1 Billion", None, 1_000_000_000),
    ("7", "en", None),
    ("2023", "en", None),
    ("57.8%", "en", None),
    ("GPT-3.5", "en", None),
    ("3.5", "en", None),
    ("billions", "en", None),
    ("millions", "en", None),
    ("a few billion", "en", None),
    ("several million", "en", None),
    ("300 m", "en", None),
    ("300 GB", "en", None),
    ("10MB", "en", None),
    ("1.2.3 billion", "en", None),
    ("8x7B", "en", None),
    ("7B to 13B", "en", None),
    ("131 072", "en", None),
    ("8,192", "en", None),
    ("500,000", "en", None),
    ("", "en", None),
    ("   ", None, None),
    ("2 mil", "en", None),
    # German
    ("1,76 Billionen", "de", 1_760_000_000_000),
    ("1,76 Billionen", None, 1_760_000_000_000),
    ("1,76 Bio.", "de", 1_760_000_000_000),
    ("1,8 Billionen", "de", 1_800_000_000_000),
    ("eine Billion", "de", 1_000_000_000_000),
    ("eine Billion", None, 1_000_000_000_000),
    ("Eine Billion", None, 1_000_000_000_000),
    ("1 Billion", "de", 1_000_000_000_000),
    ("zwei Billionen", "de", 2_000_000_000_000),
    ("175 Milliarden", "de", 175_000_000_000),
    ("175 Mrd.", "de", 175_000_000_000),
    ("175 Mrd", "de", 175_000_000_000),
    ("2Mrd.", "de", 2_000_000_000),
    ("2 Mio.", "de", 2_000_000),
    ("1,5 Millionen", "de", 1_500_000),
    ("eine Million", "de", 1_000_000),
    ("eine Milliarde", "de", 1_000_000_000),
    ("eine halbe Million", "de", 500_000),
    ("eine halbe Milliarde", "de", 500_000_000),
    ("anderthalb Milliarden", "de", 1_500_000_000),
    ("eineinhalb Billionen", "de", 1_500_000_000_000),
    ("zweieinhalb Milliarden", "de", 2_500_000_000),
    ("1.760 Milliarden", "de", 1_760_000_000_000),
    ("1.760 Milliarden", None, 1_760_000_000_000),
    ("1,760 Milliarden", "de", 1_760_000_000),
    ("3,8B", "de", 3_800_000_000),
    ("3,8 Milliarden", "de", 3_800_000_000),
    ("0,6 Milliarden", "de", 600_000_000),
    ("46,7 Mrd.", "de", 46_700_000_000),
    ("hundert Milliarden", "de", 100_000_000_000),
    ("zehn Milliarden", "de", 10_000_000_000),
    ("zwölf Milliarden", "de", 12_000_000_000),
    ("zwanzig Milliarden", "de", 20_000_000_000),
    ("dreihundert Milliarden", "de", 300_000_000_000),
    ("fünfhundert Millionen", "de", 500_000_000),
    ("einundzwanzig Milliarden", "de", 21_000_000_000),
    ("dreiundfünfzig Milliarden", "de", 53_000_000_000),
    ("zwei Millionen", "de", 2_000_000),
    ("tausend Milliarden", "de", 1_000_000_000_000),
    ("500 Tausend", "de", 500_000),
    ("10 Tsd.", "de", 10_000),
    ("1,2 Billiarden", "de", 1_200_000_000_000_000),
    ("eine Billiarde", "de", 10**15),
    ("175.000.000.000", "de", 175_000_000_000),
    ("175.000.000.000", None, 175_000_000_000),
    ("1 Mrd.", "de", 1_000_000_000),
    ("Milliarden", "de", None),
    ("ein Milliarden", "de", None),
    ("Millionen", "de", None),
    ("16. Mai", "de", None),
    ("3,5", "de", None),
    ("57,8 %", "de", None),
    # French
    ("46,7 milliards", "fr", 46_700_000_000),
    ("46,7 milliards", None, 46_700_000_000),
    ("1,76 billion", "fr", 1_760_000_000_000),
    ("1,8 billions", "fr", 1_800_000_000_000),
    ("un billion", "fr", 1_000_000_000_000),
    ("un billion", None, 1_000_000_000_000),
    ("175 milliards", "fr", 175_000_000_000),
    ("175 Md", "fr", 175_000_000_000),
    ("3 Mds", "fr", 3_000_000_000),
    ("2 millions", "fr", 2_000_000),
    ("un million", "fr", 1_000_000),
    ("un milliard", "fr", 1_000_000_000),
    ("deux milliards", "fr", 2_000_000_000),
    ("cent milliards", "fr", 100_000_000_000),
    ("deux cents milliards", "fr", 200_000_000_000),
    ("mille milliards", "fr", 1_000_000_000_000),
    ("1 000 milliards", "fr", 1_000_000_000_000),
    ("1\u00a0000 milliards", None, 1_000_000_000_000),
    ("1\u202f800 milliards", "fr", 1_800_000_000_000),
    ("10 mille", "fr", 10_000),
    ("un demi-milliard", "fr", 500_000_000),
    ("un million et demi", "fr", 1_500_000),
    ("3 millions et demi", "fr", 3_500_000),
    ("1,5 milliard", "fr", 1_500_000_000),
    ("0,5 billion", "fr", 500_000_000_000),
    ("7B", "fr", 7_000_000_000),
    ("3,8B", "fr", 3_800_000_000),
    ("cinquante milliards", "fr", 50_000_000_000),
    ("vingt milliards", "fr", 20_000_000_000),
    ("soixante-dix milliards", "fr", 70_000_000_000),
    ("quatre-vingts milliards", "fr", 80_000_000_000),
    ("quatre-vingt-dix milliards", "fr", 90_000_000_000),
    ("septante milliards", "fr", 70_000_000_000),  # Belgian and Swiss French
    ("septante-deux milliards", "fr", 72_000_000_000),
    ("huitante millions", "fr", 80_000_000),
    ("nonante milliards", "fr", 90_000_000_000),
    ("vingt et un milliards", "fr", 21_000_000_000),
    ("trois cents milliards", "fr", 300_000_000_000),
    ("douze milliards", "fr", 12_000_000_000),
    ("1 billiard", "fr", 10**15),
    ("1 billiard", "en", None),
    ("175 000 000 000", "fr", 175_000_000_000),
    ("1,5 million", "fr", 1_500_000),
    ("des milliards", "fr", None),
    ("milliards", "fr", None),
    ("10 mn", "fr", None),
    # Spanish
    ("175.000 millones", "es", 175_000_000_000),
    ("175.000 millones", None, 175_000_000_000),
    ("1,8 billones", "es", 1_800_000_000_000),
    ("1,76 billones", None, 1_760_000_000_000),
    ("un billón", "es", 1_000_000_000_000),
    ("un billón", None, 1_000_000_000_000),
    ("1 billón", "es", 1_000_000_000_000),
    ("mil millones", "es", 1_000_000_000),
    ("mil millones", None, 1_000_000_000),
    ("dos mil millones", "es", 2_000_000_000),
    ("7 mil millones", "es", 7_000_000_000),
    ("175 mil millones", "es", 175_000_000_000),
    ("mil billones", "es", 10**15),
    ("medio billón", "es", 500_000_000_000),
    ("un millón", "es", 1_000_000),
    ("3 millones", "es", 3_000_000),
    ("2 millones y medio", "es", 2_500_000),
    ("10 mil", "es", 10_000),
    ("cien mil millones", "es", 100_000_000_000),
    ("doscientos mil millones", "es", 200_000_000_000),
    ("quinientos millones", "es", 500_000_000),
    ("veinte mil millones", "es", 20_000_000_000),
    ("treinta y dos mil millones", "es", 32_000_000_000),
    ("diez millardos", "es", 10_000_000_000),
    ("70.000 millones", "es", 70_000_000_000),
    ("4.000 millones", "es", 4_000_000_000),
    ("1.000 millones", "es", 1_000_000_000),
    ("1,5 millones", "es", 1_500_000),
    # a million millions, as Spanish writes 10^12 to avoid 'billón'
    ("un millón de millones", "es", 10**12),
    ("dos millones de millones", "es", 2 * 10**12),
    ("1,8 millones de millones", "es", 1_800_000_000_000),
    ("1,76 millones de millones", None, 1_760_000_000_000),
    ("3,8B", "es", 3_800_000_000),
    ("175B", "es", 175_000_000_000),
    ("un trillón", "es", 10**18),
    ("175.000.000.000", "es", 175_000_000_000),
    ("miles de millones", "es", None),
    ("millones", "es", None),
    ("cientos de millones", "es", None),
    ("2023", "es", None),
    # Italian
    ("175 miliardi", "it", 175_000_000_000),
    ("1,76 bilioni", "it", 1_760_000_000_000),
    ("un miliardo", "it", 1_000_000_000),
    ("mezzo miliardo", "it", 500_000_000),
    ("mille miliardi", "it", 1_000_000_000_000),
    ("10 mld", "it", 10_000_000_000),
    ("2 mln", "it", 2_000_000),
    ("due miliardi", "it", 2_000_000_000),
    ("duecento milioni", "it", 200_000_000),
    ("1,5 milioni", "it", 1_500_000),
    ("10 mila", "it", 10_000),
    ("tre milioni e mezzo", "it", 3_500_000),
    # Dutch
    ("175 miljard", "nl", 175_000_000_000),
    ("1,76 biljoen", "nl", 1_760_000_000_000),
    ("een miljard", "nl", 1_000_000_000),
    ("een half miljard", "nl", 500_000_000),
    ("tweehonderd miljoen", "nl", 200_000_000),
    ("tien miljard", "nl", 10_000_000_000),
    ("duizend miljard", "nl", 1_000_000_000_000),
    ("anderhalf miljard", "nl", 1_500_000_000),
    ("10 mld", "nl", 10_000_000_000),
    ("2 mln", "nl", 2_000_000),
    ("drieënvijftig miljard", "nl", 53_000_000_000),
    # Portuguese
    ("175 bilhões", "pt", 175_000_000_000),
    ("1,76 trilhão", "pt", 1_760_000_000_000),
    ("um bilhão", "pt", 1_000_000_000),
    ("mil milhões", "pt", 1_000_000_000),
    ("meio bilhão", "pt", 500_000_000),
    ("dois bilhões", "pt", 2_000_000_000),
    ("10 milhões", "pt", 10_000_000),
    ("um bilião", "pt", 1_000_000_000_000),
    ("1,5 milhão", "pt", 1_500_000),
    ("dois milhões e meio", "pt", 2_500_000),
    ("R$ 10 bi", "pt", 10_000_000_000),
]

# ---------------------------------------------------------------------------------------------------
# find_quantities: every quantity in a text, as (span, value) in order; money/suffix/plus not checked here
# ---------------------------------------------------------------------------------------------------

FIND = [
    # a spaced em dash sets off an aside ('Mistral 7B — 7,3 milliards'): two figures, not a range
    ("Mistral 7B — 7,3 milliards de paramètres", "fr", [("7B", 7 * B), ("7,3 milliards", 7_300_000_000)]),
    # decimals read aloud: the words after the decimal word are its digits, one number or one digit a word
    (
        "pro Token sind nur rund drei Komma acht Milliarden aktiv",
        "de",
        [("drei Komma acht Milliarden", 38 * 10**8)],
    ),
    ("Zwölf Komma fünf Milliarden Parameter", "de", [("Zwölf Komma fünf Milliarden", 125 * 10**8)]),
    (
        "GPT-4 supposedly has one point seven six trillion",
        "en",
        [("one point seven six trillion", 176 * 10**10)],
    ),
    (
        "two hundred point seventy-one billion",
        "en",
        [("two hundred point seventy-one billion", 20071 * 10**7)],
    ),
    ("nine point nought four billion", "en", [("nine point nought four billion", 904 * 10**7)]),
    ("At this point five billion users", "en", [("five billion", 5 * 10**9)]),
    ("soixante-douze virgule sept milliards", "fr", [("soixante-douze virgule sept milliards", 727 * 10**8)]),
    (
        "deux cent virgule cinquante deux milliards",
        "fr",
        [("deux cent virgule cinquante deux milliards", 20052 * 10**7)],
    ),
    ("tiene tres coma ocho mil millones de parámetros", "es", [("tres coma ocho mil millones", 38 * 10**8)]),
    ("uno coma siete billones", "es", [("uno coma siete billones", 17 * 10**11)]),
    ("GPT-4 tournerait autour du billion de paramètres", "fr", [("billion", 10**12)]),
    ("Grok-2 pasará del billón", "es", [("billón", 10**12)]),
    ("Das Modell liegt knapp unter der Billion", "de", [("Billion", 10**12)]),
    # Chinese and Japanese units that machine translation leaves glued to the digits
    ("parámetros totales 2360亿, activación 210亿", "es", [("2360亿", 236 * 10**9), ("210亿", 21 * 10**9)]),
    ("2360亿参数", "de", [("2360亿", 236 * 10**9)]),
    ("1万亿 paramètres", "fr", [("1万亿", 10**12)]),
    ("18万亿 tokens", "en", [("18万亿", 18 * 10**12)]),
    # Korean and Japanese ones: 억 (10^8), 조 and 兆 (10^12)
    ("davon nur 67억 Stück Parameter aktiviert", "de", [("67억", 67 * 10**8)]),
    ("el tipo de 2040억 parámetros", "es", [("2040억", 204 * 10**9)]),
    ("1兆 parameter class", "en", [("1兆", 10**12)]),
    ("un budget de 1조 wons", "fr", [("1조", 10**12)]),
    ("7 billion (70億) parameters", "en", [("7 billion", 7 * 10**9), ("70億", 7 * 10**9)]),
    # English
    ("GPT-4 reportedly has 1.76 trillion parameters.", "en", [("1.76 trillion", 1_760_000_000_000)]),
    ("OpenAI's GPT-3 has 175 billion parameters.", "en", [("175 billion", 175_000_000_000)]),
    ("Meta released Llama 3 405B today.", "en", [("405B", 405_000_000_000)]),
    ("Meta released Llama 3 405B today.", None, [("405B", 405_000_000_000)]),
    ("The 70B model is open.", "en", [("70B", 70_000_000_000)]),
    ("a 70-billion-parameter model", "en", [("70-billion", 70_000_000_000)]),
    ("Grok-1 is a 314\u2011billion\u2011parameter model", "en", [("314\u2011billion", 314_000_000_000)]),
    ("MAI-1, a 500B-parameter LLM", "en", [("500B", 500_000_000_000)]),
    ("Gopher (280B) was larger.", "en", [("280B", 280_000_000_000)]),
    ("PaLM with 540 billion parameters", "en", [("540 billion", 540_000_000_000)]),
    ("it reportedly has around 1.8T parameters", "en", [("1.8T", 1_800_000_000_000)]),
    ("about ~1.76T parameters", "en", [("1.76T", 1_760_000_000_000)]),
    ("Qwen3-30B-A3B is a mixture of experts", "en", [("30B", 30_000_000_000)]),
    ("Llama-2-70b-chat", "en", [("70b", 70_000_000_000)]),
    ("Llama 2-70B", "en", [("70B", 70_000_000_000)]),
    ("Llama 3.1-8B", "en", [("8B", 8_000_000_000)]),
    (
        "DeepSeek-V3 has 671B total parameters with 37B activated",
        "en",
        [("671B", 671_000_000_000), ("37B", 37_000_000_000)],
    ),
    (
        "Falcon 180B was trained on 3.5 trillion tokens",
        "en",
        [("180B", 180_000_000_000), ("3.5 trillion", 3_500_000_000_000)],
    ),
    ("It has one trillion parameters.", "en", [("one trillion", 1_000_000_000_000)]),
    ("It has half a trillion parameters.", "en", [("half a trillion", 500_000_000_000)]),
    ("a trillion-parameter model", "en", [("a trillion", 1_000_000_000_000)]),
    ("It has 175,000,000,000 parameters.", "en", [("175,000,000,000", 175_000_000_000)]),
    ("Chinchilla (70B) vs Gopher (280B)", "en", [("70B", 70_000_000_000), ("280B", 280_000_000_000)]),
    ("up to 2 trillion parameters", "en", [("2 trillion", 2_000_000_000_000)]),
    ("more than 100 billion parameters", "en", [("100 billion", 100_000_000_000)]),
    ("trained on 1.5T tokens", "en", [("1.5T", 1_500_000_000_000)]),
    ("it has 10 million users", "en", [("10 million", 10_000_000)]),
    ("a 7 billion parameter model", "en", [("7 billion", 7_000_000_000)]),
    ("the 1.3B model", "en", [("1.3B", 1_300_000_000)]),
    ("an estimated 1.8 trillion", "en", [("1.8 trillion", 1_800_000_000_000)]),
    ("2,000,000 downloads", "en", [("2,000,000", 2_000_000)]),
    ("a context of 128K tokens", "en", [("128K", 128_000)]),
    ("12.5 million people", "en", [("12.5 million", 12_500_000)]),
    ("GPT-3 175B", "en", [("175B", 175_000_000_000)]),
    ("BLOOM (176B)", "en", [("176B", 176_000_000_000)]),
    ("Gemma 2 9B and 27B", "en", [("9B", 9_000_000_000), ("27B", 27_000_000_000)]),
    ("Two hundred billion parameters", "en", [("Two hundred billion", 200_000_000_000)]),
    ("A BILLION PARAMETERS", "en", [("A BILLION", 1_000_000_000)]),
    ("one and a half trillion parameters", "en", [("one and a half trillion", 1_500_000_000_000)]),
    ("Phi-3-mini-3.8B", "en", [("3.8B", 3_800_000_000)]),
    ("DeepSeek-V3 671B", "en", [("671B", 671_000_000_000)]),
    ("1.76\u00a0trillion", "en", [("1.76\u00a0trillion", 1_760_000_000_000)]),
    ("175\nbillion", "en", [("175\nbillion", 175_000_000_000)]),
    ("The 1,000,000,000,000-parameter model", "en", [("1,000,000,000,000", 1_000_000_000_000)]),
    ("a 1-trillion-parameter model", "en", [("1-trillion", 1_000_000_000_000)]),
    ("The 2.7B Phi-2 and 3.8B Phi-3-mini", "en", [("2.7B", 2_700_000_000), ("3.8B", 3_800_000_000)]),
    ("Meta's Llama 2 and 70B", "en", [("70B", 70_000_000_000)]),
    ("the smaller one and 70B", "en", [("70B", 70_000_000_000)]),
    (
        "in one, four, 12 and 27 billion parameter sizes",
        "en",
        [
            ("one", 1_000_000_000),
            ("four", 4_000_000_000),
            ("12", 12_000_000_000),
            ("27 billion", 27_000_000_000),
        ],
    ),
    (
        "Varianten mit einer, vier, zwölf und 27 Milliarden Parametern",
        "de",
        [
            ("einer", 1_000_000_000),
            ("vier", 4_000_000_000),
            ("zwölf", 12_000_000_000),
            ("27 Milliarden", 27_000_000_000),
        ],
    ),
    (
        "Jurassic-1 Jumbo has 178 billion parameters, 3 billion more than GPT-3.",
        "en",
        [("178 billion", 178_000_000_000), ("3 billion", 3_000_000_000)],
    ),
    (
        "Mistral Large 2 (123B), Llama 3.1 405B and Nemotron-4 340B",
        "en",
        [("123B", 123_000_000_000), ("405B", 405_000_000_000), ("340B", 340_000_000_000)],
    ),
    (
        "about 1.76 trillion (1,760 billion) parameters",
        "en",
        [("1.76 trillion", 1_760_000_000_000), ("1,760 billion", 1_760_000_000_000)],
    ),
    ("Qwen1.5-0.5B", "en", [("0.5B", 500_000_000)]),
    ("Qwen2-72B-Instruct", "en", [("72B", 72_000_000_000)]),
    (
        "T5-11B, OPT-175B and GPT-NeoX-20B",
        "en",
        [("11B", 11_000_000_000), ("175B", 175_000_000_000), ("20B", 20_000_000_000)],
    ),
    ("a 1.3 billion-parameter model", "en", [("1.3 billion", 1_300_000_000)]),
    ("Gemini Nano-1 (1.8B) and Nano-2 (3.25B)", "en", [("1.8B", 1_800_000_000), ("3.25B", 3_250_000_000)]),
    ("MPT-7B-8k", "en", [("7B", 7_000_000_000), ("8k", 8_000)]),
    (
        "The 13B-parameter model outperforms the 175B GPT-3.",
        "en",
        [("13B", 13_000_000_000), ("175B", 175_000_000_000)],
    ),
    (
        "In 2020, GPT-3's 175 billion parameters were a record; by 2023 models had 1 trillion.",
        "en",
        [("175 billion", 175_000_000_000), ("1 trillion", 1_000_000_000_000)],
    ),
    (
        "The company employs 1,500 people and has 100 million weekly users.",
        "en",
        [("100 million", 100_000_000)],
    ),
    ("a context of 1,000,000 tokens", "en", [("1,000,000", 1_000_000)]),
    # German
    ("GPT-4 soll 1,76 Billionen Parameter haben.", "de", [("1,76 Billionen", 1_760_000_000_000)]),
    ("GPT-4 soll 1,76 Billionen Parameter haben.", None, [("1,76 Billionen", 1_760_000_000_000)]),
    ("Das Modell hat 175 Milliarden Parameter.", "de", [("175 Milliarden", 175_000_000_000)]),
    ("Llama 3 mit 405 Milliarden Parametern", "de", [("405 Milliarden", 405_000_000_000)]),
    ("ein 405-Milliarden-Parameter-Modell", "de", [("405-Milliarden", 405_000_000_000)]),
    ("rund 1,8 Billionen Parameter", "de", [("1,8 Billionen", 1_800_000_000_000)]),
    ("etwa 500 Mrd. Parameter", "de", [("500 Mrd.", 500_000_000_000)]),
    ("eine Billion Parameter", "de", [("eine Billion", 1_000_000_000_000)]),
    ("eine Billion Parameter", None, [("eine Billion", 1_000_000_000_000)]),
    ("das 7B-Modell", "de", [("7B", 7_000_000_000)]),
    ("über 100 Millionen Nutzer", "de", [("100 Millionen", 100_000_000)]),
    ("1.000.000 Nutzer", "de", [("1.000.000", 1_000_000)]),
    ("1,5 Bio. Parameter", "de", [("1,5 Bio.", 1_500_000_000_000)]),
    ("Gemini mit über einer Billion Parametern", "de", [("einer Billion", 1_000_000_000_000)]),
    ("mit zwei Billionen Parametern", "de", [("zwei Billionen", 2_000_000_000_000)]),
    ("ein Modell mit 1.760 Milliarden Parametern", "de", [("1.760 Milliarden", 1_760_000_000_000)]),
    ("ein Modell mit 1.760 Milliarden Parametern", None, [("1.760 Milliarden", 1_760_000_000_000)]),
    ("GPT-3 hatte 175 Mrd Parameter", "de", [("175 Mrd", 175_000_000_000)]),
    ("Es sind zweieinhalb Milliarden.", "de", [("zweieinhalb Milliarden", 2_500_000_000)]),
    ("Es sind anderthalb Milliarden.", "de", [("anderthalb Milliarden", 1_500_000_000)]),
    ("eine halbe Million Downloads", "de", [("eine halbe Million", 500_000)]),
    ("hundert Milliarden Parameter", "de", [("hundert Milliarden", 100_000_000_000)]),
    ("1 Billion Parameter", "de", [("1 Billion", 1_000_000_000_000)]),
    ("Llama 3.1 405B", "de", [("405B", 405_000_000_000)]),
    ("Mistral 7B und Mixtral", "de", [("7B", 7_000_000_000)]),
    ("ein 1,8-Billionen-Parameter-Modell", "de", [("1,8-Billionen", 1_800_000_000_000)]),
    ("mit 3,8 Mrd. Parametern", "de", [("3,8 Mrd.", 3_800_000_000)]),
    ("2Mrd. Parameter", "de", [("2Mrd.", 2_000_000_000)]),
    (
        "OpenAI hat 1,5 Mio. zahlende Nutzer und 200 Mio. wöchentliche Nutzer.",
        "de",
        [("1,5 Mio.", 1_500_000), ("200 Mio.", 200_000_000)],
    ),
    (
        "Mit 540 Mrd. Parametern ist PaLM größer als GPT-3 (175 Mrd.).",
        "de",
        [("540 Mrd.", 540_000_000_000), ("175 Mrd.", 175_000_000_000)],
    ),
    ("Das Modell Llama 3.1 405B wurde am 23.07.2024 veröffentlicht.", "de", [("405B", 405_000_000_000)]),
    ("GPT-4 (1,8 Billionen) ist größer als GPT-3", "de", [("1,8 Billionen", 1_800_000_000_000)]),
    ("ein Modell mit dreihundert Milliarden Parametern", "de", [("dreihundert Milliarden", 300_000_000_000)]),
    ("ein KI-Modell mit 70 Mrd. Parametern", "de", [("70 Mrd.", 70_000_000_000)]),
    ("Die 7B- und 13B-Varianten", "de", [("7B", 7_000_000_000), ("13B", 13_000_000_000)]),
    # French
    ("GPT-4 aurait 1,76 billion de paramètres", "fr", [("1,76 billion", 1_760_000_000_000)]),
    ("GPT-3 compte 175 milliards de paramètres", "fr", [("175 milliards", 175_000_000_000)]),
    ("un modèle de 70 milliards de paramètres", "fr", [("70 milliards", 70_000_000_000)]),
    ("Mistral 7B est ouvert", "fr", [("7B", 7_000_000_000)]),
    ("environ 1 800 milliards de paramètres", "fr", [("1 800 milliards", 1_800_000_000_000)]),
    ("environ 1 800 milliards de paramètres", None, [("1 800 milliards", 1_800_000_000_000)]),
    ("1 000 milliards de paramètres", "fr", [("1 000 milliards", 1_000_000_000_000)]),
    ("un billion de paramètres", "fr", [("un billion", 1_000_000_000_000)]),
    ("plus de 100 millions d'utilisateurs", "fr", [("100 millions", 100_000_000)]),
    ("Llama 3.1 405B", "fr", [("405B", 405_000_000_000)]),
    ("46,7 milliards de paramètres", "fr", [("46,7 milliards", 46_700_000_000)]),
    ("mille milliards de paramètres", "fr", [("mille milliards", 1_000_000_000_000)]),
    ("deux cents milliards de paramètres", "fr", [("deux cents milliards", 200_000_000_000)]),
    ("un demi-milliard de paramètres", "fr", [("un demi-milliard", 500_000_000)]),
    ("un million et demi de personnes", "fr", [("un million et demi", 1_500_000)]),
    ("1,8 billion", "fr", [("1,8 billion", 1_800_000_000_000)]),
    (
        "175\u00a0000\u00a0000\u00a0000 paramètres",
        "fr",
        [("175\u00a0000\u00a0000\u00a0000", 175_000_000_000)],
    ),
    ("un modèle de 3,8B paramètres", "fr", [("3,8B", 3_800_000_000)]),
    ("soixante-dix milliards de paramètres", "fr", [("soixante-dix milliards", 70_000_000_000)]),
    ("une IA à 500 milliards", "fr", [("500 milliards", 500_000_000_000)]),
    ("Le modèle a été entraîné sur 15 000 milliards de tokens.", "fr", [("15 000 milliards", 15 * 10**12)]),
    (
        "GPT-3 (175 milliards de paramètres) et GPT-4 (1 760 milliards)",
        "fr",
        [("175 milliards", 175_000_000_000), ("1 760 milliards", 1_760_000_000_000)],
    ),
    ("un modèle à deux milliards de paramètres", "fr", [("deux milliards", 2_000_000_000)]),
    ("vingt et un milliards de paramètres", "fr", [("vingt et un milliards", 21_000_000_000)]),
    ("Le modèle Mistral Large 2 (123B)", "fr", [("123B", 123_000_000_000)]),
    # Spanish
    ("GPT-4 tendría 1,76 billones de parámetros", "es", [("1,76 billones", 1_760_000_000_000)]),
    ("GPT-3 tiene 175.000 millones de parámetros", "es", [("175.000 millones", 175_000_000_000)]),
    ("GPT-3 tiene 175.000 millones de parámetros", None, [("175.000 millones", 175_000_000_000)]),
    ("un modelo de 70.000 millones de parámetros", "es", [("70.000 millones", 70_000_000_000)]),
    ("mil millones de parámetros", "es", [("mil millones", 1_000_000_000)]),
    ("dos mil millones de parámetros", "es", [("dos mil millones", 2_000_000_000)]),
    ("175 mil millones de parámetros", "es", [("175 mil millones", 175_000_000_000)]),
    ("un billón de parámetros", "es", [("un billón", 1_000_000_000_000)]),
    ("medio billón de parámetros", "es", [("medio billón", 500_000_000_000)]),
    ("Llama 3.1 405B", "es", [("405B", 405_000_000_000)]),
    ("más de 100 millones de usuarios", "es", [("100 millones", 100_000_000)]),
    ("un modelo con 1,8 billones de parámetros", "es", [("1,8 billones", 1_800_000_000_000)]),
    ("cien mil millones de parámetros", "es", [("cien mil millones", 100_000_000_000)]),
    ("1.000.000 de usuarios", "es", [("1.000.000", 1_000_000)]),
    ("3 millones y medio de personas", "es", [("3 millones y medio", 3_500_000)]),
    ("siete mil millones de parámetros", "es", [("siete mil millones", 7_000_000_000)]),
    ("treinta y dos mil millones", "es", [("treinta y dos mil millones", 32_000_000_000)]),
    ("540.000 millones de parámetros", "es", [("540.000 millones", 540_000_000_000)]),
    ("un modelo de 3,8B", "es", [("3,8B", 3_800_000_000)]),
    ("70 mil millones", "es", [("70 mil millones", 70_000_000_000)]),
    (
        "un modelo de 405.000 millones de parámetros (405B)",
        "es",
        [("405.000 millones", 405_000_000_000), ("405B", 405_000_000_000)],
    ),
    ("Llama 3 70B: 70 mil millones", "es", [("70B", 70_000_000_000), ("70 mil millones", 70_000_000_000)]),
    ("un modelo con un billón de parámetros", "es", [("un billón", 1_000_000_000_000)]),
    ("cuatrocientos cinco mil millones de parámetros", "es", [("cuatrocientos cinco mil millones", 405 * B)]),
    ("el modelo tiene 8.000 millones de parámetros", "es", [("8.000 millones", 8_000_000_000)]),
    # Italian
    ("GPT-3 ha 175 miliardi di parametri", "it", [("175 miliardi", 175_000_000_000)]),
    ("GPT-4 avrebbe 1,76 bilioni di parametri", "it", [("1,76 bilioni", 1_760_000_000_000)]),
    ("un miliardo di parametri", "it", [("un miliardo", 1_000_000_000)]),
    ("mille miliardi di parametri", "it", [("mille miliardi", 1_000_000_000_000)]),
    ("Llama 3 70B", "it", [("70B", 70_000_000_000)]),
    ("oltre 100 milioni di utenti", "it", [("100 milioni", 100_000_000)]),
    # Dutch
    ("GPT-3 heeft 175 miljard parameters", "nl", [("175 miljard", 175_000_000_000)]),
    ("GPT-4 zou 1,76 biljoen parameters hebben", "nl", [("1,76 biljoen", 1_760_000_000_000)]),
    ("een miljard parameters", "nl", [("een miljard", 1_000_000_000)]),
    ("een half miljard", "nl", [("een half miljard", 500_000_000)]),
    ("Mistral 7B", "nl", [("7B", 7_000_000_000)]),
    ("meer dan 100 miljoen gebruikers", "nl", [("100 miljoen", 100_000_000)]),
    # Portuguese
    ("GPT-3 tem 175 bilhões de parâmetros", "pt", [("175 bilhões", 175_000_000_000)]),
    ("GPT-4 teria 1,76 trilhão de parâmetros", "pt", [("1,76 trilhão", 1_760_000_000_000)]),
    ("um bilhão de parâmetros", "pt", [("um bilhão", 1_000_000_000)]),
    ("mil milhões de parâmetros", "pt", [("mil milhões", 1_000_000_000)]),
    ("Llama 3 70B", "pt", [("70B", 70_000_000_000)]),
    ("mais de 100 milhões de usuários", "pt", [("100 milhões", 100_000_000)]),
]

# (text, lang, span, low, high)
RANGES = [
    ("from 0.5 billion until 72 billion", "en", "from 0.5 billion until 72 billion", 5 * 10**8, 72 * 10**9),
    (
        "from 0.5 billion (5亿) until 72 billion",
        "en",
        "from 0.5 billion (5亿) until 72 billion",
        5 * 10**8,
        72 * 10**9,
    ),
    ("Phi-3 comes in sizes from 3.8B to 14B.", "en", "from 3.8B to 14B", 3_800_000_000, 14_000_000_000),
    ("sizes 3.8B to 14B", "en", "3.8B to 14B", 3_800_000_000, 14_000_000_000),
    ("from 1.3B to 180B", "en", "from 1.3B to 180B", 1_300_000_000, 180_000_000_000),
    ("LLaMA (7-65B)", "en", "7-65B", 7_000_000_000, 65_000_000_000),
    ("models of 7-65B", None, "7-65B", 7_000_000_000, 65_000_000_000),
    ("models of 7–65 billion parameters", "en", "7–65 billion", 7_000_000_000, 65_000_000_000),
    ("models of 7 – 65B", "en", "7 – 65B", 7_000_000_000, 65_000_000_000),
    ("between 5 and 50 trillion tokens", "en", "between 5 and 50 trillion", 5 * T, 50 * T),
    ("between five and ten billion", "en", "between five and ten billion", 5 * B, 10 * B),
    ("two to three billion parameters", "en", "two to three billion", 2 * B, 3 * B),
    ("between $5 and $10 billion", "en", "between $5 and $10 billion", 5 * B, 10 * B),
    ("1.5 to 2 trillion parameters", "en", "1.5 to 2 trillion", 1_500_000_000_000, 2 * T),
    ("7B-65B", "en", "7B-65B", 7 * B, 65 * B),
    ("between 1,000,000 and 2,000,000 users", "en", "between 1,000,000 and 2,000,000", M, 2 * M),
    ("500 million to 2 billion", "en", "500 million to 2 billion", 500 * M, 2 * B),
    ("It cost between $2 million and $4 million.", "en", "between $2 million and $4 million", 2 * M, 4 * M),
    ("$1.5bn-$2bn", "en", "1.5bn-$2bn", 1_500_000_000, 2 * B),
    ("10-12 billion dollars", "en", "10-12 billion", 10 * B, 12 * B),
    ("7–8 billion", "en", "7–8 billion", 7 * B, 8 * B),
    ("7B—13B", "en", "7B—13B", 7 * B, 13 * B),
    ("It ranges from 1 to 7 billion", "en", "from 1 to 7 billion", B, 7 * B),
    ("between five and 50 trillion", "en", "between five and 50 trillion", 5 * T, 50 * T),
    ("one to two trillion", "en", "one to two trillion", T, 2 * T),
    # a low end of several words, which read on alone would swallow the connector ('two hundred and three')
    (
        "between two hundred and three hundred billion parameters",
        "en",
        "between two hundred and three hundred billion",
        200 * B,
        300 * B,
    ),
    (
        "zwischen zweihundert und dreihundert Milliarden",
        "de",
        "zwischen zweihundert und dreihundert Milliarden",
        200 * B,
        300 * B,
    ),
    (
        "entre deux cents et trois cents milliards",
        "fr",
        "entre deux cents et trois cents milliards",
        200 * B,
        300 * B,
    ),
    ("Phi-3 kommt in Größen von 3,8B bis 14B", "de", "von 3,8B bis 14B", 3_800_000_000, 14 * B),
    ("3,8B bis 14B", "de", "3,8B bis 14B", 3_800_000_000, 14 * B),
    ("von 7 bis 70 Milliarden Parametern", "de", "von 7 bis 70 Milliarden", 7 * B, 70 * B),
    ("0,6 Milliarden bis 32 Milliarden", "de", "0,6 Milliarden bis 32 Milliarden", 600 * M, 32 * B),
    ("7 bis 65 Milliarden", "de", "7 bis 65 Milliarden", 7 * B, 65 * B),
    ("zwischen 7 und 70 Milliarden", "de", "zwischen 7 und 70 Milliarden", 7 * B, 70 * B),
    ("zwischen fünf und zwanzig Milliarden", "de", "zwischen fünf und zwanzig Milliarden", 5 * B, 20 * B),
    ("1 bis 2 Billionen Parameter", "de", "1 bis 2 Billionen", T, 2 * T),
    ("7–65 Mrd.", "de", "7–65 Mrd.", 7 * B, 65 * B),
    (
        "Die Modelle haben zwischen 1,3 und 175 Milliarden Parameter.",
        "de",
        "zwischen 1,3 und 175 Milliarden",
        1_300_000_000,
        175 * B,
    ),
    ("sieben bis acht Milliarden", "de", "sieben bis acht Milliarden", 7 * B, 8 * B),
    ("Eine bis zwei Billionen", "de", "Eine bis zwei Billionen", T, 2 * T),
    ("zwischen zwei und 3 Billionen", "de", "zwischen zwei und 3 Billionen", 2 * T, 3 * T),
    ("de 7 à 70 milliards de paramètres", "fr", "de 7 à 70 milliards", 7 * B, 70 * B),
    ("entre 7 et 70 milliards", "fr", "entre 7 et 70 milliards", 7 * B, 70 * B),
    ("entre deux et trois milliards", "fr", "entre deux et trois milliards", 2 * B, 3 * B),
    ("de 1 à 2 billions", "fr", "de 1 à 2 billions", T, 2 * T),
    ("deux à trois milliards", "fr", "deux à trois milliards", 2 * B, 3 * B),
    ("entre 1 000 et 2 000 milliards", "fr", "entre 1 000 et 2 000 milliards", T, 2 * T),
    ("entre 7 y 70 mil millones", "es", "entre 7 y 70 mil millones", 7 * B, 70 * B),
    ("de 7 a 70 mil millones", "es", "de 7 a 70 mil millones", 7 * B, 70 * B),
    ("desde 7.000 hasta 70.000 millones", "es", "desde 7.000 hasta 70.000 millones", 7 * B, 70 * B),
    ("entre 1 y 2 billones", "es", "entre 1 y 2 billones", T, 2 * T),
    ("de dos a tres billones", "es", "de dos a tres billones", 2 * T, 3 * T),
    ("entre dos y tres mil millones", "es", "entre dos y tres mil millones", 2 * B, 3 * B),
    ("entre 1.000 y 2.000 millones", "es", "entre 1.000 y 2.000 millones", B, 2 * B),
    ("con entre 7.000 y 70.000 millones de parámetros", "es", "entre 7.000 y 70.000 millones", 7 * B, 70 * B),
    ("da 7 a 70 miliardi", "it", "da 7 a 70 miliardi", 7 * B, 70 * B),
    ("tra 7 e 70 miliardi", "it", "tra 7 e 70 miliardi", 7 * B, 70 * B),
    ("tussen 7 en 70 miljard", "nl", "tussen 7 en 70 miljard", 7 * B, 70 * B),
    ("van 7 tot 70 miljard", "nl", "van 7 tot 70 miljard", 7 * B, 70 * B),
    ("de 7 a 70 bilhões", "pt", "de 7 a 70 bilhões", 7 * B, 70 * B),
    ("entre 7 e 70 bilhões", "pt", "entre 7 e 70 bilhões", 7 * B, 70 * B),
]

# (text, lang, [(span, value), ...]): one list, all members share the group of the first
LISTS = [
    ("sizes 7B, 13B and 70B", "en", [("7B", 7 * B), ("13B", 13 * B), ("70B", 70 * B)]),
    (
        "in 7B, 13B, 34B, and 70B variants",
        "en",
        [("7B", 7 * B), ("13B", 13 * B), ("34B", 34 * B), ("70B", 70 * B)],
    ),
    (
        "(1.3B, 7.5B, 40B, and 180B)",
        "en",
        [("1.3B", 1_300_000_000), ("7.5B", 7_500_000_000), ("40B", 40 * B), ("180B", 180 * B)],
    ),
    ("7, 13 and 70 billion parameters", "en", [("7", 7 * B), ("13", 13 * B), ("70 billion", 70 * B)]),
    ("5 and 50 trillion", "en", [("5", 5 * T), ("50 trillion", 50 * T)]),
    ("7B/13B/70B", "en", [("7B", 7 * B), ("13B", 13 * B), ("70B", 70 * B)]),
    ("7B or 13B", "en", [("7B", 7 * B), ("13B", 13 * B)]),
    ("Llama 3.1 8B, 70B and 405B", "en", [("8B", 8 * B), ("70B", 70 * B), ("405B", 405 * B)]),
    ("8x7B and 8x22B", "en", [("8x7B", 7 * B), ("8x22B", 22 * B)]),
    ("$1B, $2B and $5B", "en", [("1B", B), ("2B", 2 * B), ("5B", 5 * B)]),
    ("Versions 7, 13 and 70 billion", "en", [("7", 7 * B), ("13", 13 * B), ("70 billion", 70 * B)]),
    (
        "Model sizes: 125M, 350M, 1.3B, 2.7B, 6.7B, 13B, 30B, 66B, and 175B.",
        "en",
        [
            ("125M", 125 * M),
            ("350M", 350 * M),
            ("1.3B", 1_300_000_000),
            ("2.7B", 2_700_000_000),
            ("6.7B", 6_700_000_000),
            ("13B", 13 * B),
            ("30B", 30 * B),
            ("66B", 66 * B),
            ("175B", 175 * B),
        ],
    ),
    ("16k and 32k context windows", "en", [("16k", 16_000), ("32k", 32_000)]),
    ("seven or eight billion", "en", [("seven", 7 * B), ("eight billion", 8 * B)]),
    ("mit 70 beziehungsweise 540 Milliarden Parametern", "de", [("70", 70 * B), ("540 Milliarden", 540 * B)]),
    ("mit 70 bzw. 540 Milliarden Parametern", "de", [("70", 70 * B), ("540 Milliarden", 540 * B)]),
    ("7 und 13 Milliarden", "de", [("7", 7 * B), ("13 Milliarden", 13 * B)]),
    (
        "Versionen mit 7, 13 und 70 Milliarden Parametern",
        "de",
        [("7", 7 * B), ("13", 13 * B), ("70 Milliarden", 70 * B)],
    ),
    ("7B, 13B und 70B", "de", [("7B", 7 * B), ("13B", 13 * B), ("70B", 70 * B)]),
    ("1,3 und 2,7 Milliarden", "de", [("1,3", 1_300_000_000), ("2,7 Milliarden", 2_700_000_000)]),
    (
        "Die Modelle umfassen 7, 13 bzw. 70 Milliarden Parameter.",
        "de",
        [("7", 7 * B), ("13", 13 * B), ("70 Milliarden", 70 * B)],
    ),
    (
        "Llama 3.1 gibt es in den Größen 8B, 70B und 405B.",
        "de",
        [("8B", 8 * B), ("70B", 70 * B), ("405B", 405 * B)],
    ),
    ("7 et 13 milliards", "fr", [("7", 7 * B), ("13 milliards", 13 * B)]),
    ("7, 13 et 70 milliards de paramètres", "fr", [("7", 7 * B), ("13", 13 * B), ("70 milliards", 70 * B)]),
    ("7B, 13B et 70B", "fr", [("7B", 7 * B), ("13B", 13 * B), ("70B", 70 * B)]),
    ("1,3 et 2,7 milliards", "fr", [("1,3", 1_300_000_000), ("2,7 milliards", 2_700_000_000)]),
    ("7 ou 13 milliards", "fr", [("7", 7 * B), ("13 milliards", 13 * B)]),
    ("7 y 13 mil millones", "es", [("7", 7 * B), ("13 mil millones", 13 * B)]),
    ("7.000 y 13.000 millones", "es", [("7.000", 7 * B), ("13.000 millones", 13 * B)]),
    ("7B, 13B y 70B", "es", [("7B", 7 * B), ("13B", 13 * B), ("70B", 70 * B)]),
    ("dos o tres mil millones", "es", [("dos", 2 * B), ("tres mil millones", 3 * B)]),
    ("7 o 13 mil millones", "es", [("7", 7 * B), ("13 mil millones", 13 * B)]),
    ("7, 13 y 70 mil millones", "es", [("7", 7 * B), ("13", 13 * B), ("70 mil millones", 70 * B)]),
    ("7 e 13 miliardi", "it", [("7", 7 * B), ("13 miliardi", 13 * B)]),
    ("due o tre miliardi", "it", [("due", 2 * B), ("tre miliardi", 3 * B)]),
    ("7 en 13 miljard", "nl", [("7", 7 * B), ("13 miljard", 13 * B)]),
    ("7 e 13 bilhões", "pt", [("7", 7 * B), ("13 bilhões", 13 * B)]),
]

# (text, lang, span, multiplier, per-part value)
MULTIPLIERS = [
    ("Mixtral 8x7B is a sparse model", "en", "8x7B", 8, 7 * B),
    ("Mixtral-8x7B", "en", "8x7B", 8, 7 * B),
    ("Mixtral 8×22B", "en", "8×22B", 8, 22 * B),
    ("GPT-4 is rumoured to be 8 x 220 billion", "en", "8 x 220 billion", 8, 220 * B),
    ("GPT-4 is rumoured to be 16x111B", "en", "16x111B", 16, 111 * B),
    ("8x220 Mrd. Parameter", "de", "8x220 Mrd.", 8, 220 * B),
    ("Mixtral 8x7B", "de", "8x7B", 8, 7 * B),
    ("8 x 220 milliards", "fr", "8 x 220 milliards", 8, 220 * B),
    ("Mixtral 8x22B", "fr", "8x22B", 8, 22 * B),
    ("8x7B", "it", "8x7B", 8, 7 * B),
    ("8x7B", "nl", "8x7B", 8, 7 * B),
    ("8x7B", "pt", "8x7B", 8, 7 * B),
    ("8 x 220.000 millones", "es", "8 x 220.000 millones", 8, 220 * B),
    ("Mixtral 8x7B", "es", "8x7B", 8, 7 * B),
]

# (text, lang, span, money)
MONEY = [
    ("The company raised $10 billion.", "en", "10 billion", True),
    ("Microsoft invested US$ 4bn", "en", "4bn", True),
    ("a USD 1 billion round", "en", "1 billion", True),
    ("a £2bn deal", "en", "2bn", True),
    ("Four billion dollars", "en", "Four billion", True),
    ("a $10-billion deal", "en", "10-billion", True),
    ("a 10-billion-dollar deal", "en", "10-billion", True),
    ("10 billion USD", "en", "10 billion", True),
    ("¥1 trillion", "en", "1 trillion", True),
    ("1.76 trillion parameters", "en", "1.76 trillion", False),
    ("10 billion tokens", "en", "10 billion", False),
    ("Mistral 7B won the benchmark", "en", "7B", False),
    ("7 billion won", "en", "7 billion", False),
    ("a $100bn+ valuation", "en", "100bn+", True),
    ("Microsoft investiert 10 Milliarden Dollar", "de", "10 Milliarden", True),
    ("650 Millionen Dollar", "de", "650 Millionen", True),
    ("2 Mrd. Euro", "de", "2 Mrd.", True),
    ("€2 Mrd.", "de", "2 Mrd.", True),
    ("10 Mrd. €", "de", "10 Mrd.", True),
    ("10 Milliarden US-Dollar", "de", "10 Milliarden", True),
    ("175 Milliarden Parameter", "de", "175 Milliarden", False),
    ("Nvidia meldete einen Umsatz von 26 Mrd. US-Dollar", "de", "26 Mrd.", True),
    ("Der Konzern investiert 13 Milliarden US-Dollar in OpenAI.", "de", "13 Milliarden", True),
    ("10 milliards d'euros", "fr", "10 milliards", True),
    ("10 milliards de dollars", "fr", "10 milliards", True),
    ("2 Md€", "fr", "2 Md", True),
    ("un investissement de 4 milliards $", "fr", "4 milliards", True),
    ("175 milliards de paramètres", "fr", "175 milliards", False),
    ("Mistral AI a levé 600 millions d'euros.", "fr", "600 millions", True),
    ("une valorisation de 6 milliards d’euros", "fr", "6 milliards", True),
    ("Un investissement de 1,5 Md€", "fr", "1,5 Md", True),
    ("10 milliards $", "fr", "10 milliards", True),
    ("1,5 milliard de dollars américains", "fr", "1,5 milliard", True),
    ("$ 5 milliards", "fr", "5 milliards", True),
    ("2 Mds€", "fr", "2 Mds", True),
    ("4.000 millones de dólares", "es", "4.000 millones", True),
    ("10.000 millones de euros", "es", "10.000 millones", True),
    ("US$ 4.000 millones", "es", "4.000 millones", True),
    ("175.000 millones de parámetros", "es", "175.000 millones", False),
    ("La empresa facturó 4.500 millones de euros en 2023.", "es", "4.500 millones", True),
    ("un billón de dólares", "es", "un billón", True),
    ("5.000 millones de euros", "es", "5.000 millones", True),
    ("€5.000 millones", "es", "5.000 millones", True),
    ("USD 4.000 millones", "es", "4.000 millones", True),
    ("10 mil millones de dólares", "es", "10 mil millones", True),
    ("cien millones de euros", "es", "cien millones", True),
    ("10 miliardi di dollari", "it", "10 miliardi", True),
    ("10 miljard dollar", "nl", "10 miljard", True),
    ("€ 2 miljard", "nl", "2 miljard", True),
    ("R$ 10 bi", "pt", "10 bi", True),
    ("US$ 4 bilhões", "pt", "4 bilhões", True),
    ("10 bilhões de reais", "pt", "10 bilhões", True),
]

# (text, lang, span, suffix, plus)
FLAGS = [
    ("400B+ parameters", "en", "400B+", True, True),
    ("100+ million users", "en", "100+ million", False, True),
    ("a 7B model", "en", "7B", True, False),
    ("a 3.8bn model", "en", "3.8bn", True, False),
    ("a 3.8 bn model", "en", "3.8 bn", False, False),
    ("7 billion", "en", "7 billion", False, False),
    ("a $100bn+ valuation", "en", "100bn+", True, True),
    ("mehr als 500 Mio.+ Nutzer", "de", "500 Mio.+", False, True),
    ("1,76T", "de", "1,76T", True, False),
    ("70b", "en", "70b", True, False),
    ("2Mrd.", "de", "2Mrd.", True, False),
    ("2 Mrd.", "de", "2 Mrd.", False, False),
    ("über 1T+ Parameter", "de", "1T+", True, True),
    ("3,8B", "fr", "3,8B", True, False),
    ("3,8 milliards", "fr", "3,8 milliards", False, False),
    ("plus de 100+ milliards", "fr", "100+ milliards", False, True),
    ("3,8B", "es", "3,8B", True, False),
    ("400B+", "es", "400B+", True, True),
    ("70 mil millones", "es", "70 mil millones", False, False),
    ("7-65B", "en", "7-65B", True, False),
]

# texts in which nothing is a quantity
NOTHING = [
    ("GPT-2 franchit la barre du milliard", "fr"),
    ("el modelo supera la barrera del billón", "es"),
    ("Del GPT-3 al billón", "es"),
    ("In 2023 the company grew.", "en"),
    ("in 2020", "en"),
    ("on May 16, 2024", "en"),
    ("It scored 57.8% on MMLU.", "en"),
    ("GPT-3.5 Turbo", "en"),
    ("Llama 3.1 is out", "en"),
    ("Claude 3.5 Sonnet and Gemini 1.5 Pro", "en"),
    ("eight experts, 6144 hidden size", "en"),
    ("GPT-4", "en"),
    ("it is 3x faster", "en"),
    ("call +1 415 555 0100 now", "en"),
    ("a 8,192-token context", "en"),
    ("131 072 tokens", "en"),
    ("a 300 m race", "en"),
    ("300 GB of data", "en"),
    ("300GB of data", "en"),
    ("a 10MB file", "en"),
    ("B2B sales", "en"),
    ("B200 and H100 GPUs", "en"),
    ("4K video", "en"),
    ("watch it in 4K resolution", "en"),
    ("5 km and 2nd place", "en"),
    ("the 1990s", "en"),
    ("24/7 support", "en"),
    ("version 2.1.3", "en"),
    ("iPhone 15 and Windows 11", "en"),
    ("COVID-19", "en"),
    ("a 3-2 vote", "en"),
    ("10 am, 12:30", "en"),
    ("the 20th century", "en"),
    ("RTX 4090 at 1080p", "en"),
    ("$20 per month", "en"),
    ("millions of users", "en"),
    ("billions of dollars", "en"),
    ("tens of billions", "en"),
    ("hundreds of millions", "en"),
    ("a few billion", "en"),
    ("between 2020 and 2023", "en"),
    ("2022 and 175", "en"),
    ("Section 230", "en"),
    ("a 5t truck", "en"),
    ("1.5 T magnet", "en"),
    ("7 B cells", "en"),
    ("similar military families", "en"),
    ("Qwen2.5", "en"),
    ("o1 and o3", "en"),
    ("see Figure 3b and Table 2B", "en"),
    ("subsection 6b.", "en"),
    ("url%3E%3B-for", "en"),
    ("&#8211; and &#8203;", "en"),
    ("1/2 million and 2 1/2 billion", "en"),
    ("BLOOMZ-7b1", "en"),
    ("It was 1.76t parameters", "en"),
    ("US$4.6m", "en"),
    ("ISBN 978-3-16-148410-0", "en"),
    ("a 1.5°C rise", "en"),
    ("a 2-3x speedup", "en"),
    ("10,000,000,000,000,000,000,000 grains", "en"),
    ("page 12-13", "en"),
    ("am 16. Mai 2024", "de"),
    ("im Jahr 2023", "de"),
    ("GPT-3.5 ist schneller", "de"),
    ("57,8 % der Nutzer", "de"),
    ("acht Experten", "de"),
    ("Tausende Nutzer", "de"),
    ("Milliarden von Parametern", "de"),
    ("ein Milliardenpublikum", "de"),
    ("ein Milliarden-Deal", "de"),
    ("eine Milliarden-Investition", "de"),
    ("300 GB Speicher", "de"),
    ("H100-GPUs", "de"),
    ("Version 3,5", "de"),
    ("einige Milliarden", "de"),
    ("mehrere Millionen", "de"),
    ("3,5-mal schneller", "de"),
    ("am 1.1.2024", "de"),
    ("Tel. 030 1234 5678", "de"),
    ("ein paar Milliarden", "de"),
    ("Abschnitt 4b", "de"),
    ("Am 14. März 2023 stellte OpenAI GPT-4 vor.", "de"),
    ("Am 1. Juni 2024 um 10.30 Uhr", "de"),
    ("Die Aktie stieg um 3,5 Prozent auf 120,50 Euro.", "de"),
    ("Le 12 février 2024, à 14 h 30.", "fr"),
    ("en 2023", "fr"),
    ("le 16 mai 2024", "fr"),
    ("57,8 % des utilisateurs", "fr"),
    ("GPT-3.5", "fr"),
    ("huit experts", "fr"),
    ("des milliards de paramètres", "fr"),
    ("10 mn de vidéo", "fr"),
    ("des centaines de millions", "fr"),
    ("la moitié", "fr"),
    ("1er janvier", "fr"),
    ("la version 3.5 de GPT", "fr"),
    ("un score de 86,4 sur MMLU", "fr"),
    ("8 Go de mémoire", "fr"),
    ("des GPU H100", "fr"),
    ("trois fois plus rapide", "fr"),
    ("le 3 juillet à 9 h", "fr"),
    ("au 1er trimestre 2024", "fr"),
    ("Tél. 01 23 45 67 89", "fr"),
    ("des dizaines de milliards", "fr"),
    ("en 2023", "es"),
    ("el 16 de mayo de 2024", "es"),
    ("57,8 %", "es"),
    ("ocho expertos", "es"),
    ("miles de millones de parámetros", "es"),
    ("cientos de millones", "es"),
    ("GPT-3.5", "es"),
    ("El 15 de marzo de 2023 a las 10.30", "es"),
    ("unos cuantos millones", "es"),
    ("la versión 3.5", "es"),
    ("una puntuación de 86,4", "es"),
    ("8 GB de memoria", "es"),
    ("tres veces más rápido", "es"),
    ("el 1 de enero", "es"),
    ("decenas de miles de millones", "es"),
    ("Llama 3.1 es mejor", "es"),
    ("la versione 3.5", "it"),
    ("nel 2023", "it"),
    ("migliaia di utenti", "it"),
    ("versie 3.5", "nl"),
    ("in 2023", "nl"),
    ("miljarden gebruikers", "nl"),
    ("na versão 3.5", "pt"),
    ("em 2023", "pt"),
    ("dos milhões de usuários", None),
    ("milhões de usuários", "pt"),
]


def _spans(text: str, qs: list[Quantity]) -> list[str]:
    return [text[q.start : q.end] for q in qs]


@pytest.mark.parametrize(("expr", "lang", "expected"), PARSE)
def test_parse_amount(expr: str, lang: str | None, expected: int | None) -> None:
    assert parse_amount(expr, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), FIND)
def test_find(text: str, lang: str | None, expected: list[tuple[str, int]]) -> None:
    qs = find_quantities(text, lang)
    assert [(text[q.start : q.end], q.value) for q in qs] == expected
    assert all(q.high is None for q in qs)


@pytest.mark.parametrize(("text", "lang", "span", "low", "high"), RANGES)
def test_range(text: str, lang: str | None, span: str, low: int, high: int) -> None:
    qs = find_quantities(text, lang)
    assert [(text[q.start : q.end], q.value, q.high, q.group) for q in qs] == [(span, low, high, None)]


@pytest.mark.parametrize(("text", "lang", "members"), LISTS)
def test_list(text: str, lang: str | None, members: list[tuple[str, int]]) -> None:
    qs = find_quantities(text, lang)
    assert [(text[q.start : q.end], q.value) for q in qs] == members
    assert {q.group for q in qs} == {0}
    assert all(q.high is None for q in qs)


@pytest.mark.parametrize(("text", "lang", "span", "multiplier", "value"), MULTIPLIERS)
def test_multiplier(text: str, lang: str | None, span: str, multiplier: int, value: int) -> None:
    qs = find_quantities(text, lang)
    assert [(text[q.start : q.end], q.multiplier, q.value) for q in qs] == [(span, multiplier, value)]


@pytest.mark.parametrize(("text", "lang", "span", "money"), MONEY)
def test_money(text: str, lang: str | None, span: str, money: bool) -> None:
    qs = find_quantities(text, lang)
    assert [(text[q.start : q.end], q.money) for q in qs] == [(span, money)]


@pytest.mark.parametrize(("text", "lang", "span", "suffix", "plus"), FLAGS)
def test_flags(text: str, lang: str | None, span: str, suffix: bool, plus: bool) -> None:
    qs = find_quantities(text, lang)
    assert [(text[q.start : q.end], q.suffix, q.plus) for q in qs] == [(span, suffix, plus)]


@pytest.mark.parametrize(("text", "lang"), NOTHING)
def test_nothing(text: str, lang: str | None) -> None:
    assert _spans(text, find_quantities(text, lang)) == []


# The billion rule: the English spelling is 1e9 unless the language reads it on the long scale.
BILLION_BY_LANG = [
    ("1 billion", "en", 1_000_000_000),
    ("1 billion", None, 1_000_000_000),
    ("1 Billion", "de", 1_000_000_000_000),
    ("1 billion", "de", 1_000_000_000),  # German writes its noun with a capital: this is the English word
    ("1 billion", "fr", 1_000_000_000_000),
    ("1 billion", "es", 1_000_000_000),
    ("1 billion", "it", 1_000_000_000),
    ("1 trillion", "en", 1_000_000_000_000),
    ("1 Trillion", "de", 10**18),
    ("1 billón", "en", 1_000_000_000_000),
    ("1 billón", "es", 1_000_000_000_000),
    ("1 Billionen", "en", 1_000_000_000_000),
    ("un billion", None, 1_000_000_000_000),
    ("one billion", None, 1_000_000_000),
]


@pytest.mark.parametrize(("expr", "lang", "expected"), BILLION_BY_LANG)
def test_billion_by_language(expr: str, lang: str | None, expected: int) -> None:
    assert parse_amount(expr, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("„a 12-billion-parameter model“, sagte sie", "de", 12 * 10**9),
        ("« our next model will be around 1 trillion parameters »", "fr", 10**12),
        ("un modèle de 2 billions de paramètres", "fr", 2 * 10**12),
        ("GPT-4 hat 1,8 Billionen Parameter", "de", 18 * 10**11),
    ],
)
def test_english_scale_words_quoted_in_german_or_french(text: str, lang: str, value: int) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("une trentaine de milliards de paramètres", "fr", 30 * 10**9),
        ("una decena de miles de millones de parámetros", "es", 10 * 10**9),
        ("zwei Dutzend Milliarden Parameter", "de", 24 * 10**9),
        ("des dizaines de milliards de paramètres", "fr", None),  # tens of billions: no count
    ],
)
def test_round_number_nouns(text: str, lang: str, value: int | None) -> None:
    assert [q.value for q in find_quantities(text, lang)] == ([value] if value else [])


# Several quantities in one text: the order, spans and groups together.
MIXED = [
    (
        "Llama 2 comes in 7B, 13B and 70B; GPT-3 has 175 billion and cost $4.6 million.",
        "en",
        [("7B", 0), ("13B", 0), ("70B", 0), ("175 billion", None), ("4.6 million", None)],
    ),
    ("GPT-4 (1,76 Billionen) und Llama 3 (8B, 70B)", "de", [("1,76 Billionen", None), ("8B", 1), ("70B", 1)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MIXED)
def test_mixed(text: str, lang: str | None, expected: list[tuple[str, int | None]]) -> None:
    qs = find_quantities(text, lang)
    assert [(text[q.start : q.end], q.group) for q in qs] == expected


def test_lang_codes_are_normalised() -> None:
    assert parse_amount("1 Billion", "de-DE") == 10**12
    assert parse_amount("1 billion", "FR") == 10**12
    assert parse_amount("1 billion", "zz") == 10**9


def test_not_a_string_is_nothing() -> None:
    assert find_quantities(None, "en") == []  # type: ignore[arg-type]
    assert parse_amount(None) is None  # type: ignore[arg-type]


def test_absurd_values_are_dropped() -> None:
    assert find_quantities("5000 quadrillion", "en") == []
    assert parse_amount("9" * 30 + " billion", "en") is None


# ---------------------------------------------------------------------------------------------------
# Properties on any input
# ---------------------------------------------------------------------------------------------------

PIECES = [
    "1.76",
    "1,76",
    "175",
    "7",
    "13",
    "70",
    "8",
    "x",
    "×",
    "B",
    "b",
    "T",
    "M",
    "K",
    "k",
    "bn",
    "tn",
    "billion",
    "trillion",
    "million",
    "Milliarden",
    "Billionen",
    "milliards",
    "billones",
    "mil",
    "millones",
    "Mrd.",
    "Bio.",
    "Md",
    "half",
    "a",
    "one",
    "eine",
    "un",
    "mil",
    "and",
    "und",
    "et",
    "y",
    "to",
    "bis",
    "à",
    "between",
    "zwischen",
    "entre",
    "de",
    "von",
    "-",
    "–",
    ",",
    ".",
    " ",
    "\u00a0",
    "\u202f",
    "\u2011",
    "$",
    "€",
    "US$",
    "dollars",
    "d'euros",
    "+",
    "%",
    "GPT-4",
    "A3B",
    "Llama",
    "2023",
    "000",
    "(",
    ")",
    "/",
    "\n",
    "İ",
    "ß",
    "ﬁ",
    "½",
    "٣",
    "𝟕",
]
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=50).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=50).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=40).map("".join),
)
LANGS = st.sampled_from(["en", "de", "fr", "es", "it", "nl", "pt", None, "xx"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, lang=LANGS)
def test_any_text(text: str, lang: str | None) -> None:
    # the unguarded core, so that an exception is a failure here rather than an empty answer
    qs = numbers._find(text, numbers._norm_lang(lang))
    assert qs == find_quantities(text, lang)
    last_end = 0
    groups: dict[int, int] = {}
    for i, q in enumerate(qs):
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last_end
        last_end = q.end
        assert 0 < q.value <= 10**18
        assert q.high is None or q.value < q.high <= 10**18
        assert q.multiplier is None or q.multiplier >= 2
        if q.group is not None:
            assert groups.setdefault(q.group, i) == q.group and q.group <= i


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, lang=LANGS)
@example(text="QUADRILLION", lang="de")  # a lone German magnitude word past the cap (found by hypothesis)
def test_parse_any_text(text: str, lang: str | None) -> None:
    value = numbers._parse_amount(text, numbers._norm_lang(lang)) if text.strip() else None
    assert value == parse_amount(text, lang)
    assert value is None or 0 < value <= 10**18


@settings(max_examples=200, deadline=None)
@given(
    value=st.integers(min_value=1, max_value=999),
    frac=st.integers(min_value=0, max_value=99),
    mag=st.sampled_from(
        [
            ("billion", "en", 10**9),
            ("Milliarden", "de", 10**9),
            ("milliards", "fr", 10**9),
            ("millones", "es", 10**6),
            ("trillion", "en", 10**12),
            ("Billionen", "de", 10**12),
        ]
    ),
)
def test_written_numbers_read_back(value: int, frac: int, mag: tuple[str, str, int]) -> None:
    word, lang, scale = mag
    mark = "." if lang == "en" else ","
    text = f"{value}{mark}{frac:02d} {word}"
    assert parse_amount(text, lang) == (value * 100 + frac) * scale // 100
    [q] = find_quantities(f"Das Modell: {text} Parameter", lang)
    assert q.value == (value * 100 + frac) * scale // 100


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Varianten mit vier, zwölf und 27 Milliarden Parametern", "de", [4, 12, 27]),
        ("versions with four, twelve and 27 billion parameters", "en", [4, 12, 27]),
        ("sieben, acht, 14 und 32 Milliarden", "de", [7, 8, 14, 32]),
    ],
)
def test_word_numbers_open_a_list(text: str, lang: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [v * 10**9 for v in values]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le modèle frôlerait le billion de paramètres.", "fr", 10**12),
        ("GPT-2 et son milliard et demi de paramètres", "fr", 1_500_000_000),
        ("El modelo roza el billón de parámetros.", "es", 10**12),
        ("Das Modell knackt die Billion Parameter.", "de", 10**12),
    ],
)
def test_a_magnitude_word_after_a_determiner_is_one_of_it(text: str, lang: str, value: int) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [value]


def test_english_the_trillion_is_a_mark_not_a_count() -> None:
    assert find_quantities("crossing the trillion-parameter mark", "en") == []
