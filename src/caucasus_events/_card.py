"""The dataset card (``README.md`` of a built dataset): what is in it, pictures of it,
licence and rights, known limitations, how to cite it, every column, and how to read it
with the usual tools.  Its YAML front matter declares the tables as Hugging Face Hub
dataset repositories do.  Everything is rendered from ``datapackage.json`` and the
summary, so card and package cannot disagree."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from caucasus_events.datapackage import DATAPACKAGE, PACKAGE_KEY, Summary, table_glob

__all__ = ["CARD", "IMAGES", "hub_front_matter", "render_card", "write_card"]

CARD = "README.md"
IMAGES = "images"
"""The directory of the card's pictures, beside (never inside) the table directories."""

_PICTURES = (
    ("timeline", "Events over time, by type"),
    ("map", "Located events"),
    ("actors", "Actors appearing in the same events"),
)

_LIMITATIONS = (
    "Records are extracted automatically from news text by rules and a gazetteer; they "
    "carry errors (missed or spurious events, wrong roles, unresolved or misresolved "
    "names). Every record cites its evidence spans: check them before relying on a record.",
    "An event is what an article reports, not a verified fact; outlets differ in "
    "reliability and stance (see the `sources` table) and coverage follows their interests.",
    "Dates are partial (`date_precision`): a month or a season spans its whole range, and a "
    "date inferred from the publication day or another date in the text is flagged in "
    "`date.inferred`. Undated events have null date columns.",
    "Only places in the gazetteer have coordinates; events without a located place are "
    "absent from the map.",
    "Actors and places are merged across articles by name and gazetteer id; people who "
    "share a name or are named only by surname may be merged or split wrongly.",
    "The parser reads English-language pages; other languages are not covered.",
)


def hub_front_matter(package: Mapping[str, Any]) -> list[str]:
    """The card's YAML front matter: licence, name, language, and one config per table
    whose ``data_files`` glob its Parquet parts, so ``datasets.load_dataset(DIR,
    "events")`` reads a table directly."""
    out = ["---", f"pretty_name: {_yaml_str(str(package.get('title', '')))}",
           "language:", "- en"]
    licences = [lic.get("name") for lic in package.get("licenses", []) if lic.get("name")]
    if licences:
        out.append(f"license: {str(licences[0]).lower()}")
    out += ["tags:", "- events", "- news", "- south-caucasus", "configs:"]
    for res in package["resources"]:
        name = res["name"]
        out += [f"- config_name: {name}", "  data_files:", "  - split: train",
                f"    path: {table_glob(name)}"]
        if name == "events":
            out.append("  default: true")
    return [*out, "---", ""]


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _texts_included(package: Mapping[str, Any]) -> bool:
    return bool(package.get(PACKAGE_KEY, {}).get("texts", "full") == "full")


def _rights(package: Mapping[str, Any]) -> list[str]:
    licences = package.get("licenses", [])
    named = ", ".join(
        f"[{lic.get('title') or lic.get('name')}]({lic['path']})" if lic.get("path")
        else str(lic.get("title") or lic.get("name")) for lic in licences) or "not stated"
    out = [
        "## Licence and rights",
        "",
        f"The extracted records (events, actors, places, quotes, citations, links and "
        f"their spans) are published under: {named}.",
        "",
    ]
    outlets = ", ".join(s["title"] for s in package.get("sources", [])) or "their outlets"
    if _texts_included(package):
        out.append(
            "The article texts in `documents.text` are not covered by that licence: "
            f"copyright stays with their publishers ({outlets}). They are included so that "
            "every record can be checked against the words that state it; republishing "
            "them may need the publishers' permission. A dataset built with "
            "`caucasus-events build --no-texts` (`build_dataset(texts=False)`) leaves "
            "them out.")
    else:
        out.append(
            "The full article texts are left out of this dataset (built with "
            "`--no-texts`): `documents.text` keeps only the evidence snippets (the "
            "sentences stating events, the quoted words, the names of actors and places, "
            "the citations) at their original character offsets, everything else blanked, "
            "so every span still resolves. Copyright in those snippets stays with the "
            f"publishers ({outlets}). `documents.page_hash` (SHA-256 of the page) lets a "
            "reader who holds an article check it against the records.")
    return [*out, ""]


def _citation(package: Mapping[str, Any], summary: Summary) -> list[str]:
    created = str(package.get("created") or "")
    year = created[:4] if created[:4].isdigit() else "n.d."
    authors = " and ".join(c["title"] for c in package.get("contributors", [])
                           if c.get("role") in ("author", "publisher")) or str(
        package.get("title", ""))
    key = f"caucasus_events_{year}"
    return [
        "## How to cite",
        "",
        "Cite the dataset (its version and creation date identify this build) and the "
        "software that built it (its `CITATION.cff`):",
        "",
        "```bibtex",
        f"@misc{{{key},",
        f"  title   = {{{package.get('title', '')}}},",
        f"  author  = {{{authors}}},",
        f"  year    = {{{year}}},",
        f"  version = {{{package.get('version', '')}}},",
        f"  note    = {{Built with caucasus_events {summary.library_version}, "
        f"schema {summary.schema_version}}},",
        "}",
        "```",
        "",
    ]


def render_card(package: Mapping[str, Any], summary: Summary,
                pictures: Sequence[str] = ()) -> str:
    """The dataset card for a built dataset; ``pictures`` names the images written under
    :data:`IMAGES` (``"timeline"``, ``"map"``, ``"actors"``) to show."""
    created = package.get("created")
    out = [
        *hub_front_matter(package),
        f"# {package.get('title', 'South Caucasus events')}",
        "",
        str(package.get("description", "")),
        "",
        f"Version {package.get('version', '-')}"
        + (f", created {created}" if created else "")
        + f". Built by caucasus_events {summary.library_version}, schema version "
        f"{summary.schema_version}. Event dates span {summary.date_start or '-'} to "
        f"{summary.date_end or '-'}. Every file's SHA-256 is recorded in `{DATAPACKAGE}` "
        "(a Frictionless Data Package, which `frictionless validate` accepts); "
        "`caucasus-events validate .` checks them.",
        "",
    ]
    captions = dict(_PICTURES)
    shown = [name for name, _ in _PICTURES if name in pictures]
    if shown:
        out += ["## At a glance", ""]
        for name in shown:
            out += [f"![{captions[name]}]({IMAGES}/{name}.png)", ""]
    out += [
        "## Tables",
        "",
        "| table | rows | primary key | what |",
        "| --- | ---: | --- | --- |",
    ]
    for res in package["resources"]:
        key = ", ".join(res["schema"].get("primaryKey", []))
        out.append(f"| `{res['path']}` | {res['rows']} | {key} | {res['description']} |")
    out += ["", "## Most frequent event types", ""]
    out += [f"- {name}: {n}" for name, n in summary.top_event_types] or ["- none"]
    out += ["", "## Most frequent actors (number of events)", ""]
    out += [f"- {name}: {n}" for name, n in summary.top_actors] or ["- none"]
    out += ["", *_rights(package)]
    out += ["## Known limitations", ""]
    out += [f"- {text}" for text in _LIMITATIONS]
    out += ["", *_citation(package, summary)]
    out += ["## Columns", ""]
    for res in package["resources"]:
        out += [f"### {res['name']}", ""]
        for field in res["schema"]["fields"]:
            kind = field.get("arrowType", field["type"])
            out.append(f"- `{field['name']}` ({kind}): {field['description']}")
        for fk in res["schema"].get("foreignKeys", []):
            ref = fk["reference"]
            out.append(f"- joins: `{fk['fields']}` -> `{ref['resource']}.{ref['fields']}`")
        out.append("")
    out += _READING
    return "\n".join(out)


_READING = [
    "## Reading it",
    "",
    "Each table is a directory of Parquet parts (`events/part-0.parquet`); read a table "
    "by its directory or by the glob `events/*.parquet`. Dates come as structs (`date`) "
    "and as flat typed columns (`date_start`, `date_end`, `date_precision`).",
    "",
    "```python",
    "import pyarrow.dataset as pads",
    "events = pads.dataset('events').to_table()",
    "",
    "import pandas as pd",
    "actors = pd.read_parquet('actors')",
    "",
    "import polars as pl",
    "quotes = pl.scan_parquet('quotes/*.parquet').collect()",
    "",
    "import duckdb",
    "duckdb.sql('''",
    "    SELECT a.name, count(DISTINCT ea.event_id) AS events",
    "    FROM 'event_actors/*.parquet' ea JOIN 'actors/*.parquet' a ON a.id = ea.actor_id",
    "    GROUP BY a.name ORDER BY events DESC",
    "''').show()",
    "",
    "import datasets  # Hugging Face: one config per table, declared in this card",
    "events = datasets.load_dataset('.', 'events', split='train')",
    "",
    "import caucasus_events",
    "ds = caucasus_events.load('.')  # typed records and queries, checksums verified",
    "```",
    "",
    "Spark: `spark.read.parquet('events')`.",
    "",
]


def write_card(directory: Path, package: Mapping[str, Any], summary: Summary,
               tables: Mapping[str, Sequence[Any]] | None = None) -> list[str]:
    """Render the card's pictures from ``tables`` (when matplotlib, the ``plot`` extra, is
    installed) into ``directory/images`` and write ``directory/README.md``; returns the
    names of the pictures written."""
    pictures: list[str] = []
    if tables is not None:
        from caucasus_events import _plots

        pictures = _plots.render_all(directory / IMAGES, tables)
    (directory / CARD).write_text(render_card(package, summary, pictures), encoding="utf-8")
    return pictures
