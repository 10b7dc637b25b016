"""A fake Telegram Bot API server on 127.0.0.1 that behaves like Telegram for what Sumber uses.

Real python-telegram-bot talks HTTP to it (ApplicationBuilder.base_url). It keeps what the bot
sent, enforces Telegram's 4096-character limit and HTML entity parsing with Telegram's own error
texts, serves files, and answers 429 with retry_after when a test asks it to.
"""
from __future__ import annotations

import asyncio
import html
import itertools
import json
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler",
                "blockquote", "span"}
BOT_ID = 777000111
BOT_USERNAME = "SumberTestBot"


class EntityError(Exception):
    pass


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag not in ALLOWED_TAGS:
            raise EntityError(f"Unsupported start tag \"{tag}\"")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise EntityError(f"Unexpected end tag \"{tag}\"")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> str:
    """The text Telegram would show, or EntityError as Telegram reports it."""
    import re

    for m in re.finditer(r"&[^;\s]*;?", text):
        ent = m.group(0)
        if not re.fullmatch(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);", ent):
            raise EntityError("Unsupported HTML entity or unescaped &")
    if re.search(r"<(?![a-zA-Z/])", text):
        raise EntityError("Unexpected end of name token or unescaped <")
    checker = _Checker()
    checker.feed(text)
    checker.close()
    if checker.stack:
        raise EntityError(f"Can't find end tag corresponding to start tag \"{checker.stack[-1]}\"")
    return html.unescape("".join(checker.text))


@dataclass
class FakeTelegram:
    token: str = "123456:TEST-TOKEN"
    updates: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    edits: list[dict[str, Any]] = field(default_factory=list)
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    inline_answers: list[dict[str, Any]] = field(default_factory=list)
    commands: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    fail_with_429: int = 0
    retry_after: int = 1
    rejected_429: int = 0
    flood_per_chat_per_minute: int | None = None
    flood_global_per_second: int | None = None
    migrated: dict[int, int] = field(default_factory=dict)
    flood_rejected: list[dict[str, Any]] = field(default_factory=list)   # what a 429 turned away
    pushed_at: dict[int, float] = field(default_factory=dict)            # message id -> monotonic time
    photos: list[dict[str, Any]] = field(default_factory=list)           # sendPhoto: the image bytes and caption
    photos_rejected: list[dict[str, Any]] = field(default_factory=list)  # photos a 429 turned away
    port: int = 0

    def __post_init__(self) -> None:
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._chat_times: dict[int, list[float]] = {}
        self._global_times: list[float] = []

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ------------------------------------------------------------------ test helpers
    def user(self, user_id: int = 42, name: str = "Jurnalis") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": name, "username": f"u{user_id}"}

    def push_message(self, text: str | None = None, *, user_id: int = 42, chat_id: int | None = None,
                     chat_type: str = "private", reply_to_bot: bool = False, document: dict | None = None,
                     thread_id: int | None = None, sender_chat: dict | None = None, entities: list | None = None) -> int:
        chat_id = chat_id if chat_id is not None else user_id
        chat = {"id": chat_id, "type": chat_type}
        if chat_type != "private":
            chat["title"] = "Redaksi"
        msg: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
                               "from": self.user(user_id) if user_id != 1087968824 else
                               {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}}
        if sender_chat:
            msg["sender_chat"] = sender_chat
        if text is not None:
            msg["text"] = text
            ents = list(entities or [])
            if text.startswith("/"):
                cmd = text.split()[0]
                ents.append({"type": "bot_command", "offset": 0, "length": len(cmd)})
            if ents:
                msg["entities"] = ents
        if document is not None:
            msg["document"] = document
        if thread_id is not None:
            msg["message_thread_id"] = thread_id
            msg["is_topic_message"] = True
        if reply_to_bot:
            msg["reply_to_message"] = {"message_id": 999, "date": int(time.time()), "chat": chat,
                                       "from": {"id": BOT_ID, "is_bot": True, "first_name": "Sumber",
                                                "username": BOT_USERNAME}, "text": "jawaban sebelumnya"}
        self._push({"message": msg})
        self.pushed_at[msg["message_id"]] = time.monotonic()
        return msg["message_id"]

    def push_document(self, name: str, data: bytes, *, user_id: int = 42, declared_size: int | None = None) -> int:
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = data
        doc = {"file_id": file_id, "file_unique_id": file_id + "u", "file_name": name,
               "file_size": declared_size if declared_size is not None else len(data)}
        return self.push_message(None, user_id=user_id, document=doc)

    def push_callback(self, data: str, *, user_id: int = 42, message: dict | None = None) -> None:
        msg = message or {"message_id": 5, "date": int(time.time()), "chat": {"id": user_id, "type": "private"},
                          "from": {"id": BOT_ID, "is_bot": True, "first_name": "Sumber"}, "text": "x"}
        self._push({"callback_query": {"id": str(next(self._update_ids)), "from": self.user(user_id),
                                       "chat_instance": "ci", "data": data, "message": msg}})

    def push_inline(self, query: str, *, user_id: int = 42) -> None:
        self._push({"inline_query": {"id": "iq1", "from": self.user(user_id), "query": query, "offset": ""}})

    def _push(self, update: dict[str, Any]) -> None:
        update["update_id"] = next(self._update_ids)
        self.updates.append(update)
        self._new_update.set()

    async def wait_for(self, predicate, timeout: float = 20.0) -> Any:  # noqa: ANN001
        """Wait until predicate(self) is truthy (replies arrive asynchronously)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            result = predicate(self)
            if result:
                return result
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"timed out; sent so far: {[m['text'][:80] for m in self.sent]}")
            await asyncio.sleep(0.02)

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [m["text"] for m in self.sent if chat_id is None or m["chat_id"] == chat_id]

    # ------------------------------------------------------------------ the API
    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        data = await request.post()
        out = {}
        for k, v in data.items():
            if isinstance(v, str):
                try:
                    out[k] = json.loads(v) if v[:1] in "[{" else v
                except ValueError:
                    out[k] = v
            else:
                out[k] = v
        return out

    @staticmethod
    def _ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _err(code: int, description: str, parameters: dict | None = None) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=code)

    def _flood(self, chat_id: int) -> web.Response | None:
        now = time.monotonic()
        if self.fail_with_429 > 0:
            self.fail_with_429 -= 1
            self.rejected_429 += 1
            return self._err(429, f"Too Many Requests: retry after {self.retry_after}", {"retry_after": self.retry_after})
        if self.flood_global_per_second:
            self._global_times = [t for t in self._global_times if now - t < 1.0]
            if len(self._global_times) >= self.flood_global_per_second:
                self.rejected_429 += 1
                return self._err(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        if self.flood_per_chat_per_minute and chat_id < 0:
            times = self._chat_times.setdefault(chat_id, [])
            times[:] = [t for t in times if now - t < 60.0]
            if len(times) >= self.flood_per_chat_per_minute:
                self.rejected_429 += 1
                wait = int(60 - (now - times[0])) + 1
                return self._err(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
            times.append(now)
        self._global_times.append(now)
        return None

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._err(401, "Unauthorized")
        method = request.match_info["method"].lower()
        p = await self._params(request)
        if method == "getme":
            return self._ok({"id": BOT_ID, "is_bot": True, "first_name": "Sumber", "username": BOT_USERNAME,
                             "can_join_groups": True, "can_read_all_group_messages": False,
                             "supports_inline_queries": True})
        if method in ("deletewebhook", "setmycommands", "close", "logout"):
            if method == "setmycommands":
                self.commands.append(p)
            return self._ok(True)
        if method == "getupdates":
            offset = int(p.get("offset") or 0)
            timeout = float(p.get("timeout") or 0)
            end = asyncio.get_running_loop().time() + min(timeout, 2.0)
            while True:
                pending = [u for u in self.updates if u["update_id"] >= offset]
                if pending or asyncio.get_running_loop().time() >= end:
                    return self._ok(pending[:100])
                self._new_update.clear()
                try:
                    await asyncio.wait_for(self._new_update.wait(), timeout=0.05)
                except asyncio.TimeoutError:
                    pass
        if method in ("sendmessage", "editmessagetext"):
            chat_id = int(p.get("chat_id") or 0)
            if chat_id in self.migrated:
                return self._err(400, "Bad Request: group chat was upgraded to a supergroup chat",
                                 {"migrate_to_chat_id": self.migrated[chat_id]})
            flood = self._flood(chat_id)
            if flood is not None:
                self.flood_rejected.append({"method": method, "chat_id": chat_id, "text": p.get("text", "")})
                return flood
            text = p.get("text", "")
            try:
                shown = parse_html(text) if p.get("parse_mode") == "HTML" else text
            except EntityError as exc:
                self.errors.append({"method": method, "text": text, "error": str(exc)})
                return self._err(400, f"Bad Request: can't parse entities: {exc}")
            if not shown.strip():
                return self._err(400, "Bad Request: message text is empty")
            if len(shown) > 4096:
                self.errors.append({"method": method, "text": text, "error": "too long"})
                return self._err(400, "Bad Request: message is too long")
            msg = {"message_id": next(self._message_ids), "date": int(time.time()),
                   "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "Sumber"}, "text": shown}
            record = {**p, "chat_id": chat_id, "text": text, "shown": shown, "message_id": msg["message_id"],
                      "at": time.monotonic()}
            if isinstance(p.get("reply_parameters"), dict):
                record["reply_to_message_id"] = p["reply_parameters"].get("message_id")
            if method == "sendmessage":
                self.sent.append(record)
                return self._ok(msg)
            self.edits.append(record)
            return self._ok(msg)
        if method == "answercallbackquery":
            self.callbacks.append(p)
            return self._ok(True)
        if method == "answerinlinequery":
            self.inline_answers.append(p)
            return self._ok(True)
        if method == "getfile":
            fid = p.get("file_id")
            if fid not in self.files:
                return self._err(400, "Bad Request: invalid file_id")
            return self._ok({"file_id": fid, "file_unique_id": fid + "u", "file_size": len(self.files[fid]),
                             "file_path": f"documents/{fid}"})
        if method == "sendchataction":
            return self._ok(True)
        if method == "sendphoto":
            return self._send_photo(request, p)
        return self._err(404, f"Not Found: method {method} not faked")

    def _send_photo(self, request: web.Request, p: dict[str, Any]) -> web.Response:
        """sendPhoto as Telegram takes a new image: multipart/form-data with the file; a photo counts
        against the flood limits like a message; a caption over 1024 characters or bytes that are
        not an image are refused with Telegram's texts."""
        chat_id = int(p.get("chat_id") or 0)
        flood = self._flood(chat_id)
        if flood is not None:
            self.photos_rejected.append({"chat_id": chat_id, "caption": p.get("caption", "")})
            return flood
        photo = p.get("photo")
        if not request.content_type.startswith("multipart/form-data") or not hasattr(photo, "file"):
            return self._err(400, "Bad Request: there is no photo in the request")
        data = photo.file.read()
        if data[:8] != b"\x89PNG\r\n\x1a\n" and data[:3] != b"\xff\xd8\xff":
            return self._err(400, "Bad Request: IMAGE_PROCESS_FAILED")
        width, height = (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) \
            if data[:4] == b"\x89PNG" else (0, 0)
        if width + height > 10000 or len(data) > 10 * 1024 * 1024:
            return self._err(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        caption = p.get("caption", "")
        if len(caption) > 1024:
            return self._err(400, "Bad Request: message caption is too long")
        msg = {"message_id": next(self._message_ids), "date": int(time.time()),
               "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "Sumber"}, "caption": caption,
               "photo": [{"file_id": f"photo{len(self.photos) + 1}", "file_unique_id": f"ph{len(self.photos) + 1}",
                          "width": width, "height": height, "file_size": len(data)}]}
        record = {**{k: v for k, v in p.items() if k != "photo"}, "chat_id": chat_id, "caption": caption,
                  "image": data, "filename": photo.filename, "content_type": request.content_type,
                  "message_id": msg["message_id"], "at": time.monotonic()}
        if isinstance(p.get("reply_parameters"), dict):
            record["reply_to_message_id"] = p["reply_parameters"].get("message_id")
        self.photos.append(record)
        return self._ok(msg)

    async def _file(self, request: web.Request) -> web.Response:
        fid = request.match_info["path"].rsplit("/", 1)[-1]
        if fid not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[fid])
