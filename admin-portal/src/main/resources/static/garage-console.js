// A garage's operator console in the portal (the garage's own console.js, with the portal's
// addresses): the portal relays the garage's live view over Server-Sent Events; actions go to the
// portal with this page's CSRF token, and the portal sends them to the garage signed for this user.
// Every value is set as text (never as markup).
(function () {
  "use strict";
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const garage = document.querySelector('meta[name="garage"]').content;
  const base = "/garages/" + encodeURIComponent(garage) + "/console";
  const notice = document.getElementById("notice");
  const unreachable = document.getElementById("unreachable");

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function say(text, error) {
    notice.textContent = text;
    notice.className = error ? "error" : "";
  }

  async function act(url, body) {
    const r = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
    });
    let answer = {};
    try { answer = await r.json(); } catch (e) { /* no body */ }
    if (!r.ok) {
      say("Refused (" + r.status + "): " + (answer.error || answer.message || r.statusText), true);
      return null;
    }
    return answer;
  }

  // The frame with the plate's box drawn over it: the box is in the frame's pixels, placed in
  // percent of the frame's size so it stays on the plate at whatever size the image is shown.
  function frameWithBox(frameId, box, frameWidth, frameHeight, alt) {
    const wrap = el("div", null, "frame");
    wrap.dataset.frame = frameId;
    const img = el("img");
    img.src = base + "/frames/" + encodeURIComponent(frameId);
    img.alt = alt;
    wrap.appendChild(img);
    if (box && frameWidth > 0 && frameHeight > 0) {
      const b = el("div", null, "plate-box");
      b.title = "plate";
      b.style.left = (100 * box.x / frameWidth) + "%";
      b.style.top = (100 * box.y / frameHeight) + "%";
      b.style.width = (100 * box.width / frameWidth) + "%";
      b.style.height = (100 * box.height / frameHeight) + "%";
      wrap.appendChild(b);
    }
    return wrap;
  }

  function modeButtons(lane) {
    const td = el("td");
    const reason = el("input");
    reason.placeholder = "reason";
    reason.className = "lane-reason";
    reason.maxLength = 500;
    td.appendChild(reason);
    [["LOCKED_CLOSED", "Lock"], ["HELD_OPEN", "Hold open"], ["NORMAL", "Normal"]].forEach(([mode, label]) => {
      const b = el("button", label);
      b.type = "button";
      b.dataset.lane = lane.id;
      b.dataset.mode = mode;
      b.className = "mode";
      b.addEventListener("click", async () => {
        const done = await act(base + "/lanes/" + encodeURIComponent(lane.id) + "/mode",
          { mode: mode, reason: reason.value });
        if (done) say("Lane " + lane.id + " set to " + mode);
      });
      td.appendChild(b);
    });
    const plate = el("input");
    plate.placeholder = "plate";
    plate.className = "vend-plate";
    plate.maxLength = 16;
    const vend = el("button", "Vend");
    vend.type = "button";
    vend.className = "vend";
    vend.addEventListener("click", async () => {
      const done = await act(base + "/lanes/" + encodeURIComponent(lane.id) + "/vend",
        { plate: plate.value.trim().toUpperCase(), reason: reason.value });
      if (done) say("Vend at " + lane.id + ": " + done.result);
    });
    td.append(plate, vend);
    return td;
  }

  function renderLanes(view) {
    const last = {};
    view.reads.forEach((r) => { if (!last[r.lane]) last[r.lane] = r; });
    const body = document.querySelector("#lanes tbody");
    if (body.contains(document.activeElement)) return; // the operator is typing a reason
    body.replaceChildren();
    view.lanes.forEach((l) => {
      const tr = el("tr");
      tr.id = "lane-" + l.id;
      tr.appendChild(el("td", l.name + " (" + l.id + ", " + l.direction + ")"));
      tr.appendChild(el("td", l.status, l.status));
      tr.appendChild(el("td", l.mode, "mode"));
      tr.appendChild(el("td", l.phase, "phase"));
      const s = l.sensors;
      tr.appendChild(el("td", s ? ["arming " + (s.armingLoop ? "occupied" : "clear"),
        "safety " + (s.safetyLoop ? "occupied" : "clear"),
        s.armUp ? "arm up" : (s.armDown ? "arm down" : "arm moving")].join(", ") : "unknown"));
      tr.appendChild(el("td", l.device.circuit + ", " + l.device.failures + " failures" +
        (l.lastError ? ": " + l.lastError : "")));
      const r = last[l.id];
      const readCell = el("td", r ? r.plate + " (" + Math.round(r.confidence * 100) + "%)" : "");
      if (r && r.frameId) {
        const frame = frameWithBox(r.frameId, r.box, r.frameWidth, r.frameHeight, "last frame");
        frame.classList.add("last-frame");
        readCell.appendChild(el("br"));
        readCell.appendChild(frame);
      }
      tr.appendChild(readCell);
      tr.appendChild(el("td", r && r.outcome ? r.outcome + " " + (r.rule || "") +
        (r.reason ? ": " + r.reason : "") : "", r ? r.outcome : ""));
      tr.appendChild(modeButtons(l));
      body.appendChild(tr);
    });
  }

  function renderPending(view) {
    const list = document.getElementById("pending");
    const typing = list.contains(document.activeElement);
    if (typing) return; // do not replace the form the operator is filling in
    list.replaceChildren();
    view.pending.forEach((p) => {
      const li = el("li");
      li.className = "pending";
      li.dataset.exception = p.exceptionId;
      li.dataset.kind = p.kind;
      if (p.frameId) {
        li.appendChild(frameWithBox(p.frameId, p.box, p.frameWidth, p.frameHeight,
          "image of the vehicle"));
      }
      const form = el("div");
      form.appendChild(el("div", p.kind + " at " + p.lane + ", " + p.raisedAt, "kind"));
      form.appendChild(el("div", p.readText ? "read as " + p.readText +
        (p.confidence != null ? " (" + Math.round(p.confidence * 100) + "%)" : "") : "no read", "read"));
      form.appendChild(el("div", p.detail, "hint"));
      const plate = el("input");
      plate.placeholder = "plate as seen";
      plate.className = "plate";
      plate.maxLength = 16;
      const reason = el("input");
      reason.placeholder = "reason";
      reason.className = "reason";
      reason.maxLength = 500;
      const b = el("button", "Correct");
      b.type = "button";
      b.className = "correct";
      b.addEventListener("click", async () => {
        const done = await act(base + "/corrections",
          { exceptionId: p.exceptionId, plate: plate.value.trim().toUpperCase(), reason: reason.value });
        if (done) {
          say("Corrected to " + done.correctedText +
            (done.decided ? ": " + done.decided.decision + " " + (done.decided.rule || "") : ""));
          li.remove();
        }
      });
      form.append(plate, reason, b);
      li.appendChild(form);
      list.appendChild(li);
    });
  }

  // The open entries a NO_ENTRY_FOUND exception lists: "PLATE in TIME session ID entry decision".
  function entryCandidates(detail) {
    const found = [];
    const pattern = /(\S+) in (\S+) session ([0-9a-f-]{36}) entry decision/g;
    let m;
    while ((m = pattern.exec(detail || "")) !== null) {
      found.push({ plate: m[1], enteredAt: m[2], sessionId: m[3] });
    }
    return found;
  }

  // A vehicle at the exit with no entry found: the operator names its entry, or records a lost
  // ticket (the lost-ticket fee is then due). Both need a reason; both are audited with the
  // operator of this session.
  const decided = {}; // exceptions answered from this page: their rule instead of the forms
  function exitActions(x) {
    const td = el("td");
    td.className = "exit-actions";
    if (decided[x.id]) {
      td.appendChild(el("span", decided[x.id]));
      return td;
    }
    const reason = el("input");
    reason.placeholder = "reason";
    reason.className = "exit-reason";
    reason.maxLength = 500;
    td.appendChild(reason);
    entryCandidates(x.detail).forEach((c) => {
      const b = el("button", "Entered as " + c.plate);
      b.type = "button";
      b.className = "match-entry";
      b.dataset.session = c.sessionId;
      b.title = "entered " + c.enteredAt;
      b.addEventListener("click", async () => {
        const done = await act(base + "/exceptions/" + encodeURIComponent(x.id) + "/entry",
          { sessionId: c.sessionId, reason: reason.value });
        if (done) {
          decided[x.id] = done.rule;
          say("Exit matched to the entry of " + c.plate + " (" + done.rule + ")");
          td.replaceChildren(el("span", done.rule));
        }
      });
      td.appendChild(b);
    });
    const lost = el("button", "Lost ticket");
    lost.type = "button";
    lost.className = "lost-ticket";
    lost.addEventListener("click", async () => {
      const done = await act(base + "/exceptions/" + encodeURIComponent(x.id) + "/lost-ticket",
        { reason: reason.value });
      if (done) {
        decided[x.id] = done.rule;
        say("Lost ticket for " + done.exitPlate + ": the lost-ticket fee is due (" + done.rule + ")");
        td.replaceChildren(el("span", done.rule));
      }
    });
    td.appendChild(lost);
    return td;
  }

  function renderExceptions(view) {
    const body = document.querySelector("#exceptions tbody");
    if (body.contains(document.activeElement)) return; // the operator is typing a reason
    body.replaceChildren();
    view.exceptions.forEach((x) => {
      const tr = el("tr");
      tr.className = "exception " + x.kind;
      tr.dataset.exception = x.id;
      [x.raisedAt, x.lane, x.kind, x.detail].forEach((v) => tr.appendChild(el("td", v)));
      tr.appendChild(x.kind === "NO_ENTRY_FOUND" ? exitActions(x) : el("td"));
      body.appendChild(tr);
    });
  }

  function renderReads(view) {
    const body = document.querySelector("#reads tbody");
    body.replaceChildren();
    view.reads.forEach((r) => {
      const tr = el("tr");
      [r.receivedAt, r.lane, r.plate, Math.round(r.confidence * 100) + "%"].forEach((v) =>
        tr.appendChild(el("td", v)));
      tr.appendChild(el("td", r.outcome || "waiting", r.outcome || ""));
      tr.appendChild(el("td", (r.rule || "") + (r.reason ? ": " + r.reason : "")));
      body.appendChild(tr);
    });
  }

  // The whole view comes on connect ("console"); afterwards only the parts that changed, as they
  // change ("lanes", "reads", "pending", "exceptions"), each replacing its part of the view.
  let view = null;
  function render() {
    document.getElementById("stream").textContent = "live";
    unreachable.hidden = true;
    renderLanes(view);
    renderPending(view);
    renderExceptions(view);
    renderReads(view);
  }
  const stream = new EventSource(base + "/events");
  stream.addEventListener("console", (e) => {
    view = JSON.parse(e.data);
    render();
  });
  ["lanes", "reads", "pending", "exceptions"].forEach((part) => {
    stream.addEventListener(part, (e) => {
      if (!view) return;
      view[part] = JSON.parse(e.data);
      render();
    });
  });
  // The garage cannot be reached (or refused the portal): said for this garage; the page retries.
  stream.addEventListener("unreachable", (e) => {
    let message = "the garage cannot be reached";
    try { message = JSON.parse(e.data).message || message; } catch (x) { /* keep the default */ }
    unreachable.textContent = "Garage unreachable: " + message + ". Retrying.";
    unreachable.hidden = false;
    document.getElementById("stream").textContent = "unreachable";
  });
  stream.onerror = () => {
    if (stream.readyState === EventSource.CLOSED) {
      document.getElementById("stream").textContent = "closed: reload the page";
    } else if (unreachable.hidden) {
      document.getElementById("stream").textContent = "reconnecting…";
    }
  };
})();
