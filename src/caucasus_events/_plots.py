"""The dataset card's pictures: events over time by type, a map of located events, and a
graph of the actors that appear in the same events.

Rendered with matplotlib (the optional ``plot`` extra) through its object API and the
Agg canvas, never ``pyplot``: no global backend is switched and no window opens.  The
map needs no network: located events are plotted by longitude and latitude over the
gazetteer's places for orientation, with country names at their centres.  Every
picture has a fixed size (:data:`SIZE` pixels) and the same records give the same PNG.
"""

from __future__ import annotations

import collections
import importlib.util
import itertools
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["SIZE", "available", "render_all"]

SIZE = (1200, 700)
"""Width and height in pixels of every picture."""
_DPI = 100
_TOP_ACTORS = 24
_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
    "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
)


def available() -> bool:
    """Whether matplotlib is installed (``pip install 'caucasus-events[plot]'``)."""
    return importlib.util.find_spec("matplotlib") is not None


def _figure() -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(SIZE[0] / _DPI, SIZE[1] / _DPI), dpi=_DPI)
    FigureCanvasAgg(figure)
    return figure


def _save(figure: Any, path: Path) -> None:
    # No software or date metadata: the same records give the same bytes.
    figure.savefig(path, format="png", dpi=_DPI, metadata={"Software": None})


def _empty(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=14, color="#555555",
            transform=ax.transAxes)
    ax.set_axis_off()


# --- timeline ------------------------------------------------------------------------------


def timeline(path: Path, events: Sequence[Any]) -> None:
    """Stacked bars of events per month (per year over long spans), one colour per type."""
    figure = _figure()
    ax = figure.add_subplot()
    dated = [e for e in events if e.date is not None]
    if not dated:
        _empty(ax, "no dated events")
        _save(figure, path)
        return
    first = min(e.date.start for e in dated)
    last = max(e.date.start for e in dated)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    by_year = months > 48
    keys: list[tuple[int, int]]
    if by_year:
        keys = [(y, 1) for y in range(first.year, last.year + 1)]
    else:
        keys = [((first.month - 1 + i) // 12 + first.year, (first.month - 1 + i) % 12 + 1)
                for i in range(months)]
    index = {k: i for i, k in enumerate(keys)}
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0] * len(keys))
    for event in dated:
        start = event.date.start
        counts[event.event_type.value][index[(start.year, 1 if by_year else start.month)]] += 1
    types = sorted(counts, key=lambda t: (-sum(counts[t]), t))
    bottom = [0] * len(keys)
    positions = list(range(len(keys)))
    for i, kind in enumerate(types):
        ax.bar(positions, counts[kind], bottom=bottom, color=_PALETTE[i % len(_PALETTE)],
               label=kind, width=0.85)
        bottom = [b + c for b, c in zip(bottom, counts[kind], strict=True)]
    labels = [str(y) if by_year else f"{y}-{m:02d}" for y, m in keys]
    step = max(1, math.ceil(len(keys) / 24))
    ax.set_xticks(positions[::step], labels[::step], rotation=45, ha="right", fontsize=9)
    ax.set_ylabel("events")
    undated = len(events) - len(dated)
    ax.set_title(f"Events per {'year' if by_year else 'month'} by type "
                 f"({len(dated)} dated, {undated} undated)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    figure.subplots_adjust(left=0.06, right=0.8, bottom=0.16, top=0.92)
    _save(figure, path)


# --- map -----------------------------------------------------------------------------------


_ZOOM = (6.0, 3.5)
"""Half-width and half-height in degrees of the map's close-up around the median event."""


def _backdrop(ax: Any, backdrop: Sequence[Any], box: tuple[float, float, float, float],
              fontsize: int) -> None:
    west, east, south, north = box
    for place in backdrop:
        if place.latitude is None or not (west <= place.longitude <= east
                                          and south <= place.latitude <= north):
            continue
        if place.kind.value == "country":
            ax.text(place.longitude, place.latitude, place.name.upper(), fontsize=fontsize,
                    color="#a8a8a8", ha="center", va="center", zorder=1, clip_on=True)
        else:
            ax.plot(place.longitude, place.latitude, ".", color="#d0d0d0", markersize=4,
                    zorder=1)


def _frame(ax: Any, box: tuple[float, float, float, float]) -> None:
    west, east, south, north = box
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.grid(color="#eeeeee")
    ax.tick_params(labelsize=8)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def event_map(path: Path, events: Sequence[Any], places: Sequence[Any],
              backdrop: Sequence[Any] = ()) -> None:
    """Located events by longitude and latitude, sized by count and labelled by place,
    over ``backdrop`` places (the gazetteer's) as grey dots with country names: on the
    left every located event, on the right a close-up around the median one."""
    figure = _figure()
    located = {p.id: p for p in places if p.latitude is not None}
    counts = collections.Counter(e.place for e in events if e.place in located)
    if not counts:
        _empty(figure.add_subplot(), "no located events")
        _save(figure, path)
        return
    spots = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lons = [located[p].longitude for p in counts]
    lats = [located[p].latitude for p in counts]
    pad = 3.0
    whole = (min(lons) - pad, max(lons) + pad, min(lats) - pad, max(lats) + pad)
    lon0 = _median([located[p].longitude for p in counts.elements()])
    lat0 = _median([located[p].latitude for p in counts.elements()])
    close = (lon0 - _ZOOM[0], lon0 + _ZOOM[0], lat0 - _ZOOM[1], lat0 + _ZOOM[1])
    top = max(counts.values())

    def inside(place: Any, box: tuple[float, float, float, float]) -> bool:
        return bool(box[0] <= place.longitude <= box[1] and box[2] <= place.latitude <= box[3])

    for column, box in enumerate((whole, close)):
        ax = figure.add_subplot(1, 2, column + 1)
        _frame(ax, box)
        _backdrop(ax, backdrop, box, fontsize=7 if column == 0 else 9)
        for place_id, n in spots:
            place = located[place_id]
            if not inside(place, box):
                continue
            ax.scatter(place.longitude, place.latitude, s=40 + 500 * n / top, alpha=0.6,
                       color=_PALETTE[0], edgecolors="white", zorder=3)
            # The overview names the places outside the close-up; the close-up the rest.
            if (column == 0) != inside(place, close):
                ax.annotate(f"{place.name} ({n})", (place.longitude, place.latitude),
                            xytext=(5, 5), textcoords="offset points", fontsize=8,
                            zorder=4, annotation_clip=True)
        if column == 0:
            ax.add_patch(_rectangle(close))
            ax.set_title(f"All located events ({sum(counts.values())} of {len(events)} "
                         f"events, {len(counts)} places)", fontsize=10)
            ax.set_ylabel("latitude")
        else:
            ax.set_title("Close-up (the boxed area)", fontsize=10)
        ax.set_xlabel("longitude")
    figure.subplots_adjust(left=0.06, right=0.98, wspace=0.15)
    _save(figure, path)


def _rectangle(box: tuple[float, float, float, float]) -> Any:
    from matplotlib.patches import Rectangle

    west, east, south, north = box
    return Rectangle((west, south), east - west, north - south, fill=False,
                     edgecolor="#d62728", linewidth=1, zorder=2)


# --- actor graph ---------------------------------------------------------------------------


def _layout(nodes: list[str], edges: Mapping[tuple[str, str], int],
            iterations: int = 200) -> dict[str, tuple[float, float]]:
    """A deterministic force-directed layout (Fruchterman-Reingold) started on a circle."""
    n = len(nodes)
    pos = {v: [math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)]
           for i, v in enumerate(nodes)}
    k = math.sqrt(4.0 / max(n, 1))
    temperature = 0.2
    for _ in range(iterations):
        shift = {v: [0.0, 0.0] for v in nodes}
        for a, b in itertools.combinations(nodes, 2):
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = max(math.hypot(dx, dy), 1e-3)
            force = k * k / dist
            shift[a][0] += dx / dist * force
            shift[a][1] += dy / dist * force
            shift[b][0] -= dx / dist * force
            shift[b][1] -= dy / dist * force
        for (a, b), weight in edges.items():
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = max(math.hypot(dx, dy), 1e-3)
            force = dist * dist / k * min(1.0 + math.log(weight), 3.0)
            shift[a][0] -= dx / dist * force
            shift[a][1] -= dy / dist * force
            shift[b][0] += dx / dist * force
            shift[b][1] += dy / dist * force
        for v in nodes:
            length = max(math.hypot(*shift[v]), 1e-9)
            step = min(length, temperature)
            pos[v][0] += shift[v][0] / length * step
            pos[v][1] += shift[v][1] / length * step
            # Gravity keeps disconnected actors in view.
            pos[v][0] *= 0.98
            pos[v][1] *= 0.98
        temperature *= 0.985
    return {v: (p[0], p[1]) for v, p in pos.items()}


def actor_graph(path: Path, events: Sequence[Any], actors: Sequence[Any]) -> None:
    """The most frequent actors, linked when they take part in the same events (line width:
    number of shared events; dot size: the actor's events)."""
    figure = _figure()
    ax = figure.add_subplot()
    names = {a.id: a.name for a in actors}
    per_event = [sorted({ea.actor_id for ea in e.actors}) for e in events]
    frequency = collections.Counter(a for ids in per_event for a in ids)
    nodes = [a for a, _ in sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))
             ][:_TOP_ACTORS]
    chosen = set(nodes)
    edges: collections.Counter[tuple[str, str]] = collections.Counter()
    for ids in per_event:
        kept = [a for a in ids if a in chosen]
        edges.update(itertools.combinations(kept, 2))
    if not edges:
        _empty(ax, "no two actors share an event")
        _save(figure, path)
        return
    pos = _layout(nodes, edges)
    heaviest = max(edges.values())
    for (a, b), weight in sorted(edges.items()):
        ax.plot([pos[a][0], pos[b][0]], [pos[a][1], pos[b][1]], color="#888888",
                linewidth=0.5 + 4.5 * weight / heaviest, alpha=0.5, zorder=1)
    most = max(frequency[a] for a in nodes)
    for actor in nodes:
        x, y = pos[actor]
        ax.scatter(x, y, s=80 + 700 * frequency[actor] / most, color=_PALETTE[1],
                   edgecolors="white", zorder=2)
        ax.annotate(names.get(actor, actor), (x, y), xytext=(0, 9), textcoords="offset points",
                    ha="center", fontsize=9, zorder=3)
    ax.set_axis_off()
    ax.margins(0.12)
    ax.set_title(f"The {len(nodes)} most frequent actors and the events they share")
    _save(figure, path)


def render_all(directory: Path, tables: Mapping[str, Sequence[Any]]) -> list[str]:
    """Write ``timeline.png``, ``map.png`` and ``actors.png`` for ``tables`` (records of
    events, places and actors) into ``directory``; returns the names written, none when
    matplotlib is not installed."""
    if not available():
        return []
    from caucasus_events.parse.gazetteer import Gazetteer

    directory.mkdir(parents=True, exist_ok=True)
    events, places, actors = tables["events"], tables["places"], tables["actors"]
    timeline(directory / "timeline.png", events)
    event_map(directory / "map.png", events, places, Gazetteer.default().places)
    actor_graph(directory / "actors.png", events, actors)
    return ["timeline", "map", "actors"]
