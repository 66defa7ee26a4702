"""The YAML front matter at the top of a Markdown file, read with PyYAML's safe loader.

PyYAML (MIT, maintained by the YAML project) reads YAML as Obsidian, iA Writer and
Jekyll write it: quoting, ``'It''s'``, block and flow lists, comments, ``...`` endings.
Only plain data is built: a ``!!python/...`` tag or any other unknown tag is refused.
Dates stay text, so the importer's own date rules judge them (a date that isn't real is
skipped with its reason, not a crash). Aliases (``*name``) build shared references, not
copies, and the importer reads only text and numbers from the result, so a few lines of
nested aliases (a "billion laughs") cost nothing. A block past ``MAX_FRONT_MATTER`` is
not read at all. When the block can't be read, the caller keeps it as part of the text
and says why: nothing a person wrote is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

MAX_FRONT_MATTER = 64 * 1024  # characters; real front matter is a few hundred
_FENCES = ("---", "...")
_TIMESTAMP = "tag:yaml.org,2002:timestamp"

# libyaml (bundled with PyYAML's wheels) is about ten times faster and caps nesting at a
# depth of 1000; the pure-Python loader is the fallback and may raise RecursionError.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]  # one of two bases, chosen above
    """A safe loader that leaves dates as the text that was written."""


_Loader.add_constructor(_TIMESTAMP, yaml.SafeLoader.construct_yaml_str)

Scalar = str | int | float | bool


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """What the block said (keys lower-cased), the text after it, and any problem reading it.

    ``problem`` is a phrase for the import's notes, or "" when the block was read (or
    there was none). With a problem, ``values`` is empty and ``body`` is the whole text.
    """

    values: dict[str, object] = field(default_factory=dict)
    body: str = ""
    problem: str = ""

    def text(self, key: str) -> str | None:
        """A scalar value as text; None when missing or null, "" when it is a list or map."""
        value = self.values.get(key)
        if value is None:
            return None
        return scalar_text(value) if isinstance(value, Scalar) else ""

    def words(self, key: str) -> tuple[list[str], bool]:
        """A list of words (``[a, b]``, ``- a`` lines or ``a, b``) and whether any was left out.

        Only text and numbers count: a nested list or map is left out, never expanded.
        """
        value = self.values.get(key)
        if value is None:
            return [], False
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()], False
        if isinstance(value, Scalar):
            return [scalar_text(value)], False
        if not isinstance(value, list):
            return [], True
        words = [scalar_text(v).strip() for v in value if isinstance(v, Scalar)]
        return [w for w in words if w], len(words) != len(value)


def scalar_text(value: Scalar) -> str:
    """YAML's true/false as written in YAML, numbers and text as themselves."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def split_front_matter(text: str) -> FrontMatter:
    """Read a ``---`` block at the top of ``text``; the rest is the body.

    A block that isn't a YAML mapping (a rule, a paragraph, another rule) is Markdown,
    not front matter: the whole text is the body and nothing is said.
    """
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return FrontMatter(body=text)
    end = next((n for n in range(1, len(lines)) if lines[n].rstrip() in _FENCES), None)
    if end is None:
        return FrontMatter(body=text)  # no closing line: it was a horizontal rule
    block = "\n".join(lines[1:end])
    rest = "\n".join(lines[end + 1 :])
    if len(block) > MAX_FRONT_MATTER:
        return FrontMatter(body=text, problem=f"is longer than {MAX_FRONT_MATTER // 1024} KiB")
    try:
        data = yaml.load(block, Loader=_Loader)  # a safe loader: plain data only
    except yaml.constructor.ConstructorError as error:
        return FrontMatter(body=text, problem=_constructor_problem(error))
    except yaml.MarkedYAMLError as error:
        return FrontMatter(body=text, problem=_syntax_problem(error))
    except (yaml.YAMLError, ValueError, RecursionError):
        return FrontMatter(body=text, problem="isn't YAML that Afterglow can read")
    if data is None:
        return FrontMatter(body=rest)  # an empty block: nothing to read, nothing lost
    if not isinstance(data, dict):
        return FrontMatter(body=text)
    values = {key.lower(): value for key, value in data.items() if isinstance(key, str)}
    return FrontMatter(values=values, body=rest)


def _constructor_problem(error: yaml.constructor.ConstructorError) -> str:
    problem = error.problem or ""
    if "tag" in problem:
        return "asks for a kind of value Afterglow never builds (a YAML tag such as !!python)"
    if "unhashable" in problem:
        return "uses a list or map as a key"
    return _syntax_problem(error)


def _syntax_problem(error: yaml.MarkedYAMLError) -> str:
    mark = error.context_mark or error.problem_mark  # where the broken part began
    where = f" (line {mark.line + 2})" if mark is not None else ""  # +1 for "---", +1 from 0
    return f"isn't valid YAML{where}"
