"""The `sourcedesk` command: parses arguments, calls the `Desk`, renders plain text or JSON.

Exit status: 0 success; 1 some input failed (the others were still processed); 2 usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.text import Text

from sourcedesk import config
from sourcedesk.desk import Desk, source_summary
from sourcedesk.errors import DeskError, NotFound, SourcedeskError, UsageError
from sourcedesk.interfaces import render
from sourcedesk.interfaces.serialize import add_result_json, answer_json
from sourcedesk.records import AddResult

EXIT_INPUT = 1
EXIT_USAGE = 2

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


PIPE_WIDTH = 160  # output into a pipe or file is not cut to 80 columns


def _console(err: bool = False) -> Console:
    stream = sys.stderr if err else sys.stdout
    width = None if stream.isatty() else PIPE_WIDTH
    return Console(stderr=err, highlight=False, width=width)


def emit_json(value: Any) -> None:
    """Print a value as JSON (UTF-8, not ASCII-escaped): a list one item a line (a timeline of
    tens of thousands of events prints in a fraction of the time indenting takes), anything
    else indented."""
    if isinstance(value, list) and value:
        lines = ",\n".join("  " + json.dumps(item, ensure_ascii=False) for item in value)
        click.echo(f"[\n{lines}\n]")
    else:
        click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def fail(message: str, code: int = EXIT_INPUT) -> None:
    """Print one `error:` line on stderr and exit."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@contextmanager
def opened(ctx: click.Context) -> Iterator[Desk]:
    """Open the desk named by --desk, turning desk errors into one clear line."""
    try:
        desk = Desk(ctx.obj["desk"])
    except DeskError as exc:
        fail(str(exc))
    try:
        yield desk
    except NotFound as exc:
        fail(str(exc))
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    except SourcedeskError as exc:
        fail(str(exc))
    finally:
        desk.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--desk",
    envvar=config.DESK.env,
    default=config.DESK.default,
    show_default=True,
    help=config.DESK.help,
)
@click.version_option(package_name="sourcedesk")
@click.pass_context
def cli(ctx: click.Context, desk: str) -> None:
    """A local-first research desk: add sources, read them clean, ask cited questions."""
    ctx.ensure_object(dict)
    ctx.obj["desk"] = desk


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", help="Publication date for pages that do not state one.")
@json_option
@click.pass_context
def add(ctx: click.Context, inputs: tuple[str, ...], published: str | None, as_json: bool) -> None:
    """Add files, folders, http(s) URLs, or - for one page on standard input."""
    with opened(ctx) as desk, _progress(len(inputs) > 1 and not as_json) as tick:
        results = desk.add(inputs, published=published, progress=tick)
    for result in results:
        if result.status == "error":
            click.echo(f"error: {result.origin}: {result.error}", err=True)
    if as_json:
        emit_json([add_result_json(r) for r in results])
    else:
        _console().print(render.add_table(results))
    if any(r.status == "error" for r in results):
        sys.exit(EXIT_INPUT)


@contextmanager
def _progress(show: bool) -> Iterator[Callable[[str, AddResult], None] | None]:
    if not show or not sys.stderr.isatty():
        yield None
        return
    columns = (
        TextColumn("adding"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=_console(err=True), transient=True) as bar:
        task = bar.add_task("", total=None)

        def tick(origin: str, _result: AddResult) -> None:
            bar.update(task, advance=1, description=origin[-50:])

        yield tick


@cli.command()
@json_option
@click.pass_context
def sources(ctx: click.Context, as_json: bool) -> None:
    """List the desk's sources."""
    with opened(ctx) as desk:
        items = desk.sources()
    if as_json:
        emit_json([source_summary(s) for s in items])
    elif not items:
        click.echo("The desk is empty. Add pages with: sourcedesk add PATH_OR_URL ...")
    else:
        _console().print(render.sources_table(items))


@cli.command()
@click.argument("source_id")
@click.option("--text", "text_only", is_flag=True, help="Print only the clean text.")
@click.option("--removed", "show_removed", is_flag=True, help="Also list the lines cut.")
@json_option
@click.pass_context
def show(
    ctx: click.Context, source_id: str, text_only: bool, show_removed: bool, as_json: bool
) -> None:
    """Show one source: its metadata, clean text, sections and references."""
    with opened(ctx) as desk:
        shown = desk.show(source_id)
    if as_json:
        emit_json(shown)
    elif text_only:
        click.echo(shown["text"])
    else:
        render.print_source(_console(), shown, show_removed)


@cli.command()
@click.argument("question", required=False)
@click.option("--session", help="Keep the conversation under this name (follow-ups resolve).")
@click.option(
    "--batch",
    type=click.File("r"),
    help="One question a line (- for stdin); prints one JSON object a line, in order, for scripts.",
)
@json_option
@click.pass_context
def ask(
    ctx: click.Context,
    question: str | None,
    session: str | None,
    batch: Any,
    as_json: bool,
) -> None:
    """Ask a question; the answer cites the sources or says they do not hold it."""
    if question is not None and not question.strip() and not batch:
        raise click.UsageError("the question is empty: ask it in words, or give --batch FILE")
    if bool(question) == bool(batch):
        raise click.UsageError("give either a QUESTION or --batch FILE")
    with opened(ctx) as desk:
        if batch:
            for answer in desk.ask_batch(line.strip() for line in batch):
                click.echo(json.dumps(answer_json(answer), ensure_ascii=False))
            return
        answer = desk.ask(question or "", session=session)
        _hint_if_empty(desk)
    if as_json:
        emit_json(answer_json(answer))
    else:
        render.print_answer(_console(), answer)


def _hint_if_empty(desk: Desk) -> None:
    """Say on stderr why every answer abstains when the desk holds no sources yet."""
    if desk.store.sentence_count() == 0:
        click.echo(
            "hint: this desk holds no sources yet; add pages first: sourcedesk add FILE|FOLDER|URL",
            err=True,
        )


@cli.command()
@click.option("--session", default="chat", show_default=True, help="The conversation's name.")
@click.pass_context
def chat(ctx: click.Context, session: str) -> None:
    """An interactive prompt: ask questions, /sources to list them, /quit to leave."""
    console = _console()
    with opened(ctx) as desk:
        console.print("Ask about your sources. /sources lists them, /history, /quit leaves.")
        _hint_if_empty(desk)
        while True:
            try:
                line = click.prompt("?", prompt_suffix=" ", default="", show_default=False)
            except (EOFError, click.Abort):
                break
            line = line.strip()
            if line in ("/quit", "/exit", "/q"):
                break
            if line == "/sources":
                console.print(render.sources_table(desk.sources()))
            elif line == "/history":
                for turn in desk.history(session):
                    console.print(f"[bold]? {turn['question']}[/bold]\n  {turn['answer']}")
            elif line:
                render.print_answer(console, desk.ask(line, session=session))


def citations_json(citations: Any) -> list[dict[str, Any]]:
    """Citations as plain dicts (records or dicts accepted)."""
    return [c if isinstance(c, dict) else _flat_dict(c) for c in citations]


def _flat_dict(record: Any) -> dict[str, Any]:
    """A record of plain fields as a dict (`asdict` copies deeply and is many times slower)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


@cli.command()
@click.argument("source_id")
@json_option
@click.pass_context
def dates(ctx: click.Context, source_id: str, as_json: bool) -> None:
    """Every date expression in a source, with its normalised value."""
    with opened(ctx) as desk:
        found = desk.dates(source_id)
    if as_json:
        emit_json([asdict(d) for d in found])
        return
    console = _console()
    for d in found:
        console.print(Text(f"{d.value:<12} {d.start:>6}–{d.end:<6} {d.text}"))


def _say_if_catching_up(desk: Desk, view: str | None = None) -> None:
    """A large desk's first view after an add can take a while: say why, on stderr."""
    if desk.research_stale(view):
        click.echo("Bringing the research views up to date with the desk's changes…", err=True)


@cli.command()
@json_option
@click.pass_context
def timeline(ctx: click.Context, as_json: bool) -> None:
    """Dated events merged across sources, grouped by year, each with its sources."""
    with opened(ctx) as desk:
        _say_if_catching_up(desk, "timeline")
        events = desk.timeline()
        sources_ = desk.sources()
    if as_json:
        emit_json(
            [
                {"date": e.date, "text": e.text, "citations": citations_json(e.citations)}
                for e in events
            ]
        )
    else:
        render.print_timeline(_console(), events, sources_)


ENTITY_TYPES = ("person", "organisation", "place", "other")


@cli.command()
@click.option("--type", "kind", type=click.Choice(ENTITY_TYPES), help="Only entities of this type.")
@json_option
@click.pass_context
def entities(ctx: click.Context, kind: str | None, as_json: bool) -> None:
    """People, organisations and places, with aliases, roles and mention counts."""
    _print_entities(ctx, kind, as_json)


@cli.command()
@json_option
@click.pass_context
def people(ctx: click.Context, as_json: bool) -> None:
    """Who is who: the people the sources name, with their roles (entities --type person)."""
    _print_entities(ctx, "person", as_json)


def _print_entities(ctx: click.Context, kind: str | None, as_json: bool) -> None:
    with opened(ctx) as desk:
        found = [e for e in desk.entities() if kind is None or e.type == kind]
    if as_json:
        emit_json([{**asdict(e), "citations": citations_json(e.citations)} for e in found])
    else:
        _console().print(render.entities_table(found))


@cli.command()
@json_option
@click.pass_context
def claims(ctx: click.Context, as_json: bool) -> None:
    """Statements with how many independent sources make them: corroborated, single, conflict."""
    with opened(ctx) as desk:
        _say_if_catching_up(desk, "claims")
        found = desk.claims()
        sources_ = desk.sources()
    if as_json:
        emit_json([{**asdict(c), "citations": citations_json(c.citations)} for c in found])
    else:
        render.print_claims(_console(), found, sources_)


@cli.command()
@json_option
@click.pass_context
def conflicts(ctx: click.Context, as_json: bool) -> None:
    """Where sources contradict each other, both sides quoted side by side."""
    with opened(ctx) as desk:
        _say_if_catching_up(desk, "conflicts")
        found = desk.conflicts()
    if as_json:
        emit_json(found)
    else:
        render.print_conflicts(_console(), found)


@cli.command()
@click.argument("a")
@click.argument("b")
@json_option
@click.pass_context
def diff(ctx: click.Context, a: str, b: str, as_json: bool) -> None:
    """What changed between two snapshots of an article (sentence level)."""
    with opened(ctx) as desk:
        result = desk.diff(a, b)
    if as_json:
        emit_json(result)
    else:
        render.print_diff(_console(), result)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["markdown", "html"]), default="markdown")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file.")
@json_option
@click.pass_context
def brief(ctx: click.Context, fmt: str, output: str | None, as_json: bool) -> None:
    """A briefing to take away: sources, timeline, who is who, corroboration, conflicts."""
    with opened(ctx) as desk:
        _say_if_catching_up(desk)
        text = desk.brief(fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    if as_json:
        emit_json({"format": fmt, "text": text, "output": output})
    elif not output:
        click.echo(text, nl=False)
    else:
        click.echo(f"briefing written to {output}")


@cli.command()
@click.argument("source_id")
@json_option
@click.pass_context
def remove(ctx: click.Context, source_id: str, as_json: bool) -> None:
    """Remove a source and everything derived from it."""
    with opened(ctx) as desk:
        gone = desk.remove(source_id)
    if as_json:
        emit_json(source_summary(gone))
    else:
        click.echo(f"removed {gone.id}  {gone.title}")


DEMO_QUESTIONS = (
    "When did the Lisk Bridge collapse?",
    "Why did the bridge collapse?",
    "Who is the safety board's chief investigator?",
    "How much will the new bridge cost?",
    "How many people were injured in the collapse?",  # the pages disagree: four or five
    "Who won the 1998 regional election?",
)


@cli.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address; beyond loopback needs --token."
)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--token", envvar="SOURCEDESK_TOKEN", help="Access token (required beyond loopback).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, token: str | None) -> None:
    """The web desk and JSON API (OpenAPI at /docs), on 127.0.0.1 unless told otherwise."""
    run_web(ctx.obj["desk"], host, port, token)


def run_web(desk: str, host: str, port: int, token: str | None) -> None:
    """Serve the web desk, turning setup errors into one clear line."""
    try:
        from sourcedesk.interfaces.web import serve as serve_web
    except ImportError as exc:
        fail(f"the web desk needs its extra: pip install 'sourcedesk[web]' ({exc.name} missing)")
    try:
        serve_web(desk, host, port, token)
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    except DeskError as exc:
        fail(str(exc))


@cli.command()
@click.option("--fresh", is_flag=True, help="Start from an empty desk even if it exists.")
@click.option("--serve/--no-serve", "then_serve", default=True, help="Open the web desk after.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.pass_context
def demo(ctx: click.Context, fresh: bool, then_serve: bool, port: int) -> None:
    """Add the bundled example topic to the desk and show what the desk does with it."""
    from sourcedesk.examples import example_folder

    desk_path = ctx.obj["desk"]
    if fresh and not desk_path.startswith("postgres"):
        for suffix in ("", "-wal", "-shm"):
            Path(desk_path + suffix).unlink(missing_ok=True)
    console = _console()
    folder = example_folder()
    console.print(f"[bold]Adding the example topic[/bold] from {folder} to {desk_path}\n")
    with opened(ctx) as desk:
        console.print(render.add_table(desk.add([str(folder)])))
        console.print("\n[bold]Sources[/bold]")
        console.print(render.sources_table(desk.sources()))
        for question in DEMO_QUESTIONS:
            console.print(f"\n[bold cyan]? {question}[/bold cyan]")
            render.print_answer(console, desk.ask(question))
        console.print("\n[bold]Where the sources contradict each other[/bold] (conflicts)")
        render.print_conflicts(console, desk.conflicts())
    console.print(
        f'\nTry: sourcedesk --desk {desk_path} ask "..."  ·  sourcedesk --desk {desk_path} chat'
    )
    if then_serve:
        console.print(
            f"\n[bold]Opening the web desk[/bold] at http://127.0.0.1:{port}/ (Ctrl-C stops)"
        )
        run_web(desk_path, "127.0.0.1", port, None)


def main() -> None:
    """Entry point of the `sourcedesk` command."""
    try:
        cli(obj={})
    except KeyboardInterrupt:
        click.echo("error: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
