"""Language detection: scripts decide first, then function words among that script's
languages; undetermined when there is too little to go on."""

from __future__ import annotations

import pytest

from caucasus_events import InputError
from caucasus_events.parse._language import LanguageModel, detect_language

SAMPLES = [
    ("en", "The foreign minister said on Monday that the talks with Azerbaijan had been "
           "difficult but that a peace treaty was within reach."),
    ("ru", "Министр иностранных дел Армении заявил в понедельник, что Ереван готов "
           "подписать мирный договор с Баку, но переговоры еще продолжаются."),
    ("uk", "Міністр закордонних справ України заявив, що переговори з Росією не "
           "відбудуться до кінця року, але діалог триває."),
    ("fr", "Le ministre des Affaires étrangères a déclaré que les négociations sont "
           "dans une phase importante pour la paix dans la région."),
    ("de", "Der Außenminister sagte, dass die Verhandlungen mit Aserbaidschan nicht "
           "einfach sind und noch Zeit brauchen werden."),
    ("tr", "Dışişleri Bakanı bugün yaptığı açıklamada, barış için çok çalıştıklarını ve "
           "bu süreçte Azerbaycan ile birlikte olacaklarını söyledi."),
    ("az", "Azərbaycan Prezidenti bu gün Bakıda xarici işlər nazirləri ilə görüşüb və "
           "bildirib ki, sülh üçün çox iş görülüb."),
    ("hy", "Հայաստանի վարչապետ Նիկոլ Փաշինյանը հայտարարել է, որ խաղաղության "
           "պայմանագիրը պատրաստ է ստորագրման։"),
    ("ka", "საქართველოს პრემიერ-მინისტრმა განაცხადა, რომ მთავრობა მზად არის "
           "მოლაპარაკებებისთვის."),
    ("ar", "قال وزير الخارجية الإيراني في مؤتمر صحفي إن العلاقات مع أذربيجان في مرحلة "
           "مهمة بعد الزيارة."),
    ("fa", "وزیر امور خارجه ایران در نشست خبری گفت که روابط با آذربایجان در مرحله مهمی "
           "است و این سفر برای دو کشور مهم بود."),
]


@pytest.mark.parametrize(("tag", "text"), SAMPLES, ids=[t for t, _ in SAMPLES])
def test_detects_the_language(tag: str, text: str) -> None:
    guess = detect_language(text)
    assert guess.tag == tag, guess
    assert guess.is_english is (tag == "en")


def test_names_and_foreign_words_do_not_outvote_english() -> None:
    text = ("Nikol Pashinyan and Ilham Aliyev met in Munich; Pashinyan said the “Zangezur "
            "corridor” (Zəngəzur dəhlizi) was not on the agenda of the talks.")
    assert detect_language(text).tag == "en"


@pytest.mark.parametrize("text", ["", "12 345 !!!", "Baku", "Լ ok"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text).tag == "und"


def test_latin_text_without_known_function_words_is_undetermined() -> None:
    text = "Zxqv plorb gnarf wibble tronk snarf blorp quux frobnicate zorp glarb"
    guess = detect_language(text)
    assert guess.tag == "und" and guess.script == "Latin"


def test_the_table_is_data_and_bad_entries_are_named() -> None:
    model = LanguageModel.from_json({
        "scripts": {"Latin": {"language": None, "ranges": "0041-005A 0061-007A"}},
        "languages": {"xx": {"name": "Testish", "script": "Latin", "words": "blip blop"}}})
    assert model.detect("blip blop blip word word word blop more words here").tag == "xx"
    with pytest.raises(InputError, match=r"scripts\.Latin: bad range 'zz-0041'"):
        LanguageModel.from_json({"scripts": {"Latin": {"ranges": "zz-0041"}},
                                 "languages": {}})
    with pytest.raises(InputError, match=r"languages\.xx: needs a known 'script'"):
        LanguageModel.from_json({"scripts": {"Latin": {"ranges": "0041-005A"}},
                                 "languages": {"xx": {"script": "Klingon", "words": "a"}}})
    with pytest.raises(InputError, match="overlap"):
        LanguageModel.from_json({"scripts": {"A": {"ranges": "0041-005A"},
                                             "B": {"ranges": "0050-0060"}},
                                 "languages": {}})
