"""A page without an article: its main list is the content, its menus are not."""

from __future__ import annotations

import cleaner
from cleaner.html.second_opinion import LISTING_CONTENT

_TITLES = (
    "Harbour authority adds two evening ferry crossings",
    "New school opens its doors to the first pupils",
    "Council approves the budget for the library roof",
    "Market traders ask for a covered hall by winter",
    "Museum shows the town's maps from three centuries",
    "Tram line extension reaches the eastern suburbs",
)
_MENU = "<nav><ul><li><a href=/>Home</a></li><li><a href=/about>About us</a></li></ul></nav>"


def _analyse(html: str) -> tuple[str, list[str]]:
    page = cleaner.analyse(html).page
    return " ".join(b.text for b in page.kept()), [note.code for note in page.notes]


def test_a_listing_pages_items_are_the_content() -> None:
    items = "".join(
        f"<li><a href=/{i}>{title}</a> (example.com)</li>" for i, title in enumerate(_TITLES)
    )
    html = f"<html><body>{_MENU}<div class=results><ol>{items}</ol></div></body></html>"
    kept, notes = _analyse(html)
    assert LISTING_CONTENT in notes
    assert all(title in kept for title in _TITLES) and "About us" not in kept


def test_a_short_news_brief_keeps_its_related_links_out() -> None:
    brief = (
        "<p>The harbour authority will add two evening crossings to the island ferry from "
        "June, after a summer of full boats and long queues at the pier. Morning departures "
        "stay as they are, and season tickets remain valid on every crossing.</p>"
    )
    related = "".join(f"<li><a href=/{i}>{title}</a></li>" for i, title in enumerate(_TITLES))
    html = f"<html><body>{_MENU}<article>{brief}</article><ul>{related}</ul></body></html>"
    kept, notes = _analyse(html)
    assert LISTING_CONTENT not in notes
    assert "evening crossings" in kept and _TITLES[1] not in kept


def test_a_list_the_content_choice_found_keeps_its_link_items() -> None:
    # Linked titles over short plain lines: the content choice finds the <article>, but with
    # no prose in it its titles would go as link lists; the note keeps them.
    cards = "".join(
        f"<li><h3><a href=/{i}>{title}</a></h3><p>Filed under town news, page {i}</p></li>"
        for i, title in enumerate(_TITLES)
    )
    html = f"<html><body>{_MENU}<main><article><ul>{cards}</ul></article></main></body></html>"
    kept, notes = _analyse(html)
    assert LISTING_CONTENT in notes
    assert all(title in kept for title in _TITLES) and "About us" not in kept


def test_a_list_that_is_the_whole_page_leaves_the_header_out() -> None:
    entries = "".join(
        f"<li><a href=/{i}>{title}</a> (Harbour Press, 19{i}0), by the town council</li>"
        for i, title in enumerate(_TITLES)
    )
    header = "<p><a href=/>Online Library</a> <a href=/help>Help</a> <a href=/new>New</a></p>"
    html = f"<html><body>{header}<table><tr><td><ul>{entries}</ul></td></tr></table></body></html>"
    page = cleaner.analyse(html).page
    kept = " ".join(b.text for b in page.kept())
    assert LISTING_CONTENT in [note.code for note in page.notes]
    assert all(title in kept for title in _TITLES) and "Online Library" not in kept


def test_a_list_far_larger_than_a_stray_line_is_the_content() -> None:
    items = "".join(f"<li><a href=/{i}>{title}</a></li>" for i, title in enumerate(_TITLES * 2))
    stray = "<div><p>Sign up for our weekly digest of local news.</p></div>"
    html = f"<html><body>{_MENU}{stray}<div><ol>{items}</ol></div></body></html>"
    kept, notes = _analyse(html)
    assert LISTING_CONTENT in notes
    assert all(title in kept for title in _TITLES)


_JOBS = (
    ("Software Engineer", "Harbour Labs", "Remote"),
    ("Data Analyst", "Ferry Co", "Lisbon"),
    ("Product Designer", "Tram Works", "Berlin"),
    ("Support Lead", "Market Hall", "Dublin"),
    ("QA Engineer", "Museum Tech", "Oslo"),
    ("Site Reliability Engineer", "Library Cloud", "Porto"),
)


def _cards() -> str:
    """Job cards, each wholly one link: a title, a company, a place, a line of terms."""
    return "".join(
        f"<li><a href=/jobs/{i}><h3>{title}</h3><p>{company}</p><p>{place}</p>"
        f"<p>Full time, posted {i + 1} days ago</p></a></li>"
        for i, (title, company, place) in enumerate(_JOBS)
    )


def test_a_row_of_short_cards_is_the_content() -> None:
    # Each job is a card of two-word lines, all one link: too short to be titles, too many
    # lines to be a menu entry.
    intro = "<section><p>Looking for remote roles? Find your next job here.</p></section>"
    html = f"<html><body>{_MENU}{intro}<article><ul>{_cards()}</ul></article></body></html>"
    kept, notes = _analyse(html)
    assert LISTING_CONTENT in notes
    assert all(title in kept and place in kept for title, _, place in _JOBS)
    assert "About us" not in kept


def test_a_mega_menu_is_no_row_of_cards() -> None:
    # A menu's columns: one link per entry, named as navigation by the markup.
    column = "<li><a href=/a>News</a><ul>" + "<li><a href=/b>Local</a></li>" * 4 + "</ul></li>"
    menu = f"<nav><ul>{column * 6}</ul></nav>"
    brief = (
        "<p>The harbour authority will add two evening crossings to the island ferry from "
        "June, after a summer of full boats and long queues at the pier.</p>"
    )
    kept, notes = _analyse(f"<html><body>{menu}<article>{brief}</article></body></html>")
    assert LISTING_CONTENT not in notes and "Local" not in kept and "evening crossings" in kept


def _named_lists(name: str) -> str:
    """The page's list split into blocks under a class name that reads as boilerplate."""
    items = "".join(
        f"<li><a href=/{i}>{title}</a><span>{i + 3} ratings</span></li>"
        for i, title in enumerate(_TITLES)
    )
    return f"<div class='{name}'><ul>{items}</ul></div>" * 2


def test_a_list_under_misleading_class_names_is_found_without_them() -> None:
    # A category page whose cards sit in boxes named like related links: with the names,
    # nothing is left; without them, the page's list is the content.
    lists = _named_lists("recirc-list card-list")
    html = f"<html><body>{_MENU}<main><section>{lists}</section></main></body></html>"
    kept, notes = _analyse(html)
    assert LISTING_CONTENT in notes
    assert all(title in kept for title in _TITLES) and "About us" not in kept


def test_a_named_menu_in_the_page_header_is_no_list_found_without_names() -> None:
    # The same lists in the <header>, named as a menu: the site's menu, never the content.
    lists = _named_lists("menu-drawer list-menu")
    notice = "<main><p>Your cart is empty.</p></main>"
    kept, notes = _analyse(f"<html><body><header>{lists}</header>{notice}</body></html>")
    assert LISTING_CONTENT not in notes and _TITLES[0] not in kept


_BLURB = (
    "<p>Our standing desks come in oak, walnut and bamboo, each top finished by hand in our "
    "workshop. Every frame lifts from sitting to standing height in a few seconds and holds "
    "its place without a wobble. Pick a top and a frame below, and we ship the desk within "
    "a week, with free returns for a month.</p>"
)
_GRID = "".join(
    f"<li><a href=/p/{i}>{title} desk, model {i}</a></li>"
    for i, title in enumerate(["Oak", "Walnut", "Bamboo", "Maple", "Cherry", "Ash"] * 8)
)


def test_a_shops_blurb_beside_its_grid_of_items_is_no_article() -> None:
    # Nothing marks the blurb as content: 60 prose words beside a grid are a category's intro.
    html = f"<html><body>{_MENU}<div class=intro>{_BLURB}</div><ul>{_GRID}</ul></body></html>"
    kept, notes = _analyse(html)
    assert LISTING_CONTENT in notes
    assert "Walnut desk, model 1" in kept


def test_a_short_article_under_content_markup_is_the_content() -> None:
    html = f"<html><body>{_MENU}<article>{_BLURB}</article><ul>{_GRID}</ul></body></html>"
    kept, notes = _analyse(html)
    assert LISTING_CONTENT not in notes
    assert "standing desks" in kept and "Walnut desk, model 1" not in kept
