"""Synthetic licence-plate line images for training the plate-line recogniser.

Everything here is drawn from fonts of Debian packages and random shapes: no photograph is used.
render(rng) returns one grey 32x128 image (uint8) and its text, cut the way the Java rectifier
hands a plate line over (line centred, a band of context above and below, some room left and
right), or as a tight crop of the whole plate (callers that send plate crops).
"""

import glob
import os

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

OUT_H, OUT_W = 32, 128
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
ALPHABET = DIGITS + LETTERS  # class k+1 is ALPHABET[k]; class 0 is the CTC blank

# Condensed and narrow sans families look most like plate type; the others widen the range.
FONT_GLOBS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed*.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono*.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-*.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-*.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationMono-*.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans*.ttf",
    "/usr/share/fonts/truetype/freefont/FreeMonoBold.ttf",
    "/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-*.otf",
    "/usr/share/fonts/opentype/urw-base35/NimbusSans-*.otf",
    "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansMono-*.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansDisplay-*.ttf",
    "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-*.ttf",
    "/usr/share/fonts/opentype/b612/B612-*.otf",
    "/usr/share/fonts/opentype/b612/B612Mono-*.otf",
]
BANNER_WORDS = (
    "CALIFORNIA TEXAS FLORIDA NEW YORK ILLINOIS OHIO GEORGIA ARIZONA NEVADA OREGON MARYLAND "
    "VIRGINIA KANSAS VERMONT ALABAMA INDIANA MICHIGAN MONTANA UTAH IOWA MAINE IDAHO HAWAII "
    "Sunshine State Garden State Empire State Land of Lincoln Grand Canyon State dmv.ca.gov "
    "Live Free or Die Explore Minnesota Wild Wonderful America's Dairyland Ocean State "
    "SLOVENSKO Stars Fell On Discover the Spirit Peace Garden State Yosemite 10,000 lakes"
).split(" ")


def _fonts():
    paths = []
    for pattern in FONT_GLOBS:
        paths += [p for p in sorted(glob.glob(pattern)) if "Italic" not in p and "Oblique" not in p]
    if not paths:
        raise SystemExit("no fonts found: install fonts-dejavu fonts-liberation ...")
    return paths


FONTS = _fonts()
_font_cache = {}


def font(path, size):
    key = (path, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, size)
    return _font_cache[key]


_glyph_cache = {}


def glyph(font_path, ch):
    """One character drawn at 96 pt, cut to its ink columns (rows kept for the shared baseline)."""
    key = (font_path, ch)
    if key not in _glyph_cache:
        m = Image.new("L", (120, 140), 0)
        ImageDraw.Draw(m).text((10, 5), ch, font=font(font_path, 96), fill=255)
        a = np.array(m)
        xs = np.nonzero(a.max(axis=0))[0]
        _glyph_cache[key] = a[:, xs.min(): xs.max() + 1]
    return _glyph_cache[key]


def plate_text(rng, eu):
    """Letters and digits the way plates mix them, with the group breaks plates show."""
    if eu:
        groups = [
            "".join(rng.choice(list(LETTERS), int(rng.choice([1, 2, 2, 2, 3])))),
            "".join(rng.choice(list(DIGITS), int(rng.choice([2, 3, 3, 3, 4])))),
            "".join(rng.choice(list(LETTERS), int(rng.choice([0, 1, 2, 2, 2])))),
        ]
    elif rng.random() < 0.5:
        pattern = rng.choice(["DLLLDDD", "LLLDDDD", "DDDLLL", "LLDDDDD", "DLLDDD", "LLLDDD",
                              "DDDDDDD", "DLDDDDD", "LLDLLLL", "DDDDLL", "LDDDDDD"])
        groups, cur = [], ""
        for i, p in enumerate(pattern):
            cur += rng.choice(list(LETTERS if p == "L" else DIGITS))
            if i + 1 < len(pattern) and pattern[i + 1] != p and rng.random() < 0.5:
                groups.append(cur)
                cur = ""
        groups.append(cur)
    else:
        n = int(rng.choice([5, 6, 7, 8], p=[0.15, 0.3, 0.38, 0.17]))
        share = rng.uniform(0.1, 0.9)
        s = "".join(rng.choice(list(DIGITS)) if rng.random() < share else rng.choice(list(LETTERS))
                    for _ in range(n))
        cut = rng.integers(2, n - 1) if rng.random() < 0.5 else n
        groups = [s[:cut], s[cut:]]
    return [g for g in groups if g]


def text_mask(rng, groups, font_path, char_h, squeeze):
    """The plate characters as an ink mask exactly char_h tall; gaps mark group breaks."""
    glyphs = []
    for gi, g in enumerate(groups):
        for ch in g:
            glyphs.append(("c", glyph(font_path, ch)))
        if gi + 1 < len(groups):
            glyphs.append(("gap", None))
    # One vertical extent for all characters keeps the shared baseline of the font.
    rows = np.nonzero(sum(g[1].max(axis=1) for g in glyphs if g[0] == "c"))[0]
    top, bottom = rows.min(), rows.max() + 1
    scale = char_h / (bottom - top)
    spacing = rng.uniform(0.04, 0.28) * char_h
    parts, seps = [], []
    x = 0.0
    for kind, a in glyphs:
        if kind == "gap":
            gap = rng.uniform(0.25, 0.9) * char_h
            seps.append((x + gap / 2, gap))
            x += gap
            continue
        w = max(2, int(round(a.shape[1] * scale * squeeze)))
        g = cv2.resize(a[top:bottom], (w, char_h), interpolation=cv2.INTER_AREA)
        parts.append((int(round(x)), g))
        x += w + spacing * rng.uniform(0.7, 1.3)
    width = int(round(x - spacing)) + 2
    mask = np.zeros((char_h, width), np.uint8)
    for px, g in parts:
        w = min(g.shape[1], width - px)
        mask[:, px: px + w] = np.maximum(mask[:, px: px + w], g[:, :w])
    return mask, seps


def _colour(rng, dark):
    if dark:
        base = rng.choice([[20, 20, 20], [20, 30, 110], [120, 20, 20], [20, 80, 30], [60, 40, 90]])
        return np.clip(np.array(base) + rng.integers(-20, 20, 3), 0, 255)
    base = rng.choice([[245, 245, 240], [250, 240, 200], [230, 240, 250], [240, 230, 210],
                       [250, 220, 80], [200, 230, 200]])
    return np.clip(np.array(base) + rng.integers(-25, 10, 3), 0, 255)


def _blend(img, mask, colour, alpha=1.0):
    a = (mask.astype(np.float32) / 255.0 * alpha)[..., None]
    img[:] = img * (1 - a) + np.array(colour, np.float32) * a


def _words(rng, draw, box, colour):
    x0, y0, x1, y1 = box
    h = int(y1 - y0)
    if h < 6:
        return
    text = " ".join(rng.choice(BANNER_WORDS, rng.integers(1, 3)))
    if rng.random() < 0.5:
        text = text.upper()
    f = font(str(rng.choice(FONTS)), max(6, int(h * 1.2)))
    w = draw.textlength(text, font=f)
    cx = (x0 + x1) / 2 + rng.uniform(-0.2, 0.2) * (x1 - x0)
    draw.text((cx - w / 2, y0 - h * 0.15), text, font=f, fill=tuple(int(c) for c in colour))


def draw_plate(rng, eu):
    """A whole plate in colour, and where its character line lies (x0, y0, x1, y1)."""
    ph = 120 if not eu else 80
    pw = 240 if not eu else int(80 * rng.uniform(4.2, 4.8))
    light_on_dark = rng.random() < (0.12 if not eu else 0.03)
    bg = _colour(rng, light_on_dark)
    fg = _colour(rng, not light_on_dark)
    img = np.ones((ph, pw, 3), np.float32) * bg
    # Vertical gradient and soft background art (mountains, skies) behind the characters.
    img *= np.linspace(rng.uniform(0.85, 1.05), rng.uniform(0.85, 1.05), ph)[:, None, None]
    if not eu and rng.random() < 0.5:
        pts = np.array([[0, ph], *[[x, rng.uniform(0.4, 0.95) * ph] for x in
                                   np.linspace(0, pw, rng.integers(3, 8))], [pw, ph]], np.int32)
        art = np.zeros((ph, pw), np.uint8)
        cv2.fillPoly(art, [pts], 255)
        _blend(img, art, _colour(rng, rng.random() < 0.5), rng.uniform(0.15, 0.5))
    img = np.clip(img, 0, 255)
    left = 0.04 * pw
    if eu:
        band = int(rng.uniform(0.08, 0.11) * pw)
        img[:, :band] = [30, 60, 160] + rng.integers(-20, 20, 3)
        pil = Image.fromarray(img.astype(np.uint8))
        d = ImageDraw.Draw(pil)
        code = "".join(rng.choice(list(LETTERS), rng.integers(1, 3)))
        d.text((band * 0.2, ph * 0.55), code, font=font(str(rng.choice(FONTS)), int(ph * 0.3)),
               fill=(240, 240, 240))
        for k in range(8):
            t = k / 8 * 2 * np.pi
            d.ellipse([band / 2 + 0.25 * band * np.cos(t) - 1, ph * 0.28 + 0.25 * band * np.sin(t) - 1,
                       band / 2 + 0.25 * band * np.cos(t) + 1, ph * 0.28 + 0.25 * band * np.sin(t) + 1],
                      fill=(240, 210, 40))
        img = np.array(pil).astype(np.float32)
        left = band + 0.03 * pw
    groups = plate_text(rng, eu)
    char_h = int(ph * (rng.uniform(0.42, 0.66) if not eu else rng.uniform(0.62, 0.75)))
    font_path = str(rng.choice(FONTS))
    squeeze = rng.uniform(0.45, 1.05) if rng.random() < 0.7 else rng.uniform(0.45, 0.7)
    mask, seps = text_mask(rng, groups, font_path, char_h, squeeze)
    room = pw - left - 0.04 * pw
    if mask.shape[1] > room:
        seps = [(x * room / mask.shape[1], g * room / mask.shape[1]) for x, g in seps]
        mask = cv2.resize(mask, (int(room), char_h), interpolation=cv2.INTER_AREA)
    tx = left + (room - mask.shape[1]) * rng.uniform(0.3, 0.7)
    ty = (ph - char_h) / 2 + rng.uniform(-0.08, 0.12) * ph
    tx, ty = int(tx), int(max(1, min(ph - char_h - 1, ty)))
    full = np.zeros((ph, pw), np.uint8)
    full[ty: ty + char_h, tx: tx + mask.shape[1]] = mask
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(pil)
    for sx, gap in seps:
        cx, cy = tx + sx, ty + char_h / 2
        kind = rng.random()
        if kind < 0.35:
            d.rectangle([cx - gap * 0.25, cy - char_h * 0.05, cx + gap * 0.25, cy + char_h * 0.05],
                        fill=tuple(int(c) for c in fg))
        elif kind < 0.5:
            d.ellipse([cx - char_h * 0.07, cy - char_h * 0.07, cx + char_h * 0.07, cy + char_h * 0.07],
                      fill=tuple(int(c) for c in fg))
        elif kind < 0.6:
            # Two small stamps one above the other (registration stickers on some EU plates).
            r = char_h * rng.uniform(0.08, 0.13)
            for dy in (-1.3 * r, 1.3 * r):
                d.ellipse([cx - r, cy + dy - r, cx + r, cy + dy + r],
                          outline=tuple(int(c) for c in fg), width=max(1, int(r / 3)))
        elif kind < 0.75 or (eu and kind < 0.9):
            # An emblem or coat of arms between groups: plate art, not a character.
            r = min(gap, char_h) * 0.45
            d.ellipse([cx - r, cy - r, cx + r, cy + r],
                      fill=tuple(int(c) for c in _colour(rng, True)))
    # Clutter just past the ends of the line: vertical bars, stacked small letters, bolts. The
    # network must learn that these are not characters.
    for side in (-1, 1):
        if rng.random() < (0.5 if eu and side < 0 else 0.35):
            edge = tx - 2 if side < 0 else tx + mask.shape[1] + 2
            x = edge + side * rng.uniform(0.08, 0.6) * char_h
            kind = rng.random()
            ink = tuple(int(c) for c in (fg if rng.random() < 0.7 else _colour(rng, True)))
            if kind < 0.45:
                w = rng.uniform(0.04, 0.15) * char_h
                # Taller than a character (a frame or band edge), so it never looks like a 1 or I.
                top = ty - rng.uniform(0.3, 0.8) * char_h
                d.rectangle([x - w / 2, top, x + w / 2, top + rng.uniform(1.7, 2.6) * char_h],
                            fill=ink)
            elif kind < 0.75 and not eu:
                small = max(6, int(char_h * rng.uniform(0.2, 0.32)))
                letters = rng.choice(list(LETTERS), rng.integers(1, 4))
                for i, ch in enumerate(letters):
                    d.text((x - small * 0.3, ty + i * small * 1.05), str(ch),
                           font=font(str(rng.choice(FONTS)), small), fill=ink)
            elif kind < 0.85:
                r = rng.uniform(0.05, 0.15) * char_h
                cy = ty + rng.uniform(0, 1) * char_h
                d.ellipse([x - r, cy - r, x + r, cy + r], fill=ink)
            else:
                _shield(rng, d, x + side * 0.3 * char_h, ty, char_h, ink)
    # Banners: a state name above, a slogan below, stickers and bolts.
    if not eu:
        if rng.random() < 0.85:
            _words(rng, d, (0, ph * 0.03, pw, max(ph * 0.05, ty - ph * 0.04)), _colour(rng, True))
        if rng.random() < 0.7:
            _words(rng, d, (0, ty + char_h + ph * 0.03, pw, ph * 0.97), _colour(rng, True))
        for _ in range(rng.integers(0, 3)):
            sx = rng.choice([rng.uniform(0.02, 0.15), rng.uniform(0.8, 0.93)]) * pw
            sy = rng.choice([0.05, 0.75]) * ph
            d.rectangle([sx, sy, sx + pw * 0.1, sy + ph * 0.15],
                        fill=tuple(int(c) for c in rng.integers(0, 255, 3)))
        if rng.random() < 0.5:
            for bx in (0.25, 0.75):
                d.ellipse([bx * pw - 4, ph * 0.1 - 4, bx * pw + 4, ph * 0.1 + 4], fill=(90, 90, 90))
    img = np.array(pil).astype(np.float32)
    if rng.random() < 0.3:
        # Embossed characters cast a shade on one side.
        shade = np.roll(np.roll(full, rng.integers(1, 4), axis=0), rng.integers(-3, 4), axis=1)
        _blend(img, shade, np.array(fg) * 0.5 + np.array(bg) * 0.5, 0.7)
    _blend(img, full, fg)
    if rng.random() < 0.6:
        t = int(rng.uniform(0.02, 0.09) * ph)
        frame = np.zeros((ph, pw), np.uint8)
        cv2.rectangle(frame, (0, 0), (pw - 1, ph - 1), 255, t)
        if rng.random() < 0.3:
            frame[int(ph * rng.uniform(0.82, 0.92)):] = 255
        _blend(img, frame, _colour(rng, rng.random() < 0.7))
    return np.clip(img, 0, 255).astype(np.uint8), (tx, ty, tx + mask.shape[1], ty + char_h), \
        "".join(groups)


def _shield(rng, d, x, ty, char_h, ink):
    """A coat of arms or state emblem with small letters under it, beside the characters."""
    w = char_h * rng.uniform(0.35, 0.6)
    h = char_h * rng.uniform(0.45, 0.7)
    top = ty + rng.uniform(-0.05, 0.1) * char_h
    pts = [(x - w / 2, top), (x + w / 2, top), (x + w / 2, top + h * 0.6), (x, top + h),
           (x - w / 2, top + h * 0.6)]
    if rng.random() < 0.5:
        d.polygon(pts, outline=ink, fill=tuple(int(c) for c in _colour(rng, True)))
    else:
        d.polygon(pts, outline=ink)
        d.line([(x, top + h * 0.15), (x, top + h * 0.8)], fill=ink, width=max(1, int(w / 6)))
    if rng.random() < 0.7:
        small = max(5, int(char_h * rng.uniform(0.22, 0.3)))
        code = "".join(rng.choice(list(LETTERS), 2))
        d.text((x - small * 0.6, top + h + char_h * 0.02), code,
               font=font(str(rng.choice(FONTS)), small), fill=ink)


def _background(rng, h, w):
    base = rng.uniform(20, 230)
    bg = np.ones((h, w), np.float32) * base
    bg += np.linspace(0, rng.uniform(-60, 60), w)[None, :]
    for _ in range(rng.integers(0, 6)):
        p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        p2 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        cv2.line(bg, p1, p2, float(rng.uniform(0, 255)), int(rng.integers(1, max(2, h // 6))))
    return bg


def render(rng, eu=None):
    """One training image (32x128 grey uint8) and its text."""
    if eu is None:
        eu = rng.random() < 0.25
    plate, (lx0, ly0, lx1, ly1), text = draw_plate(rng, eu)
    grey = cv2.cvtColor(plate, cv2.COLOR_RGB2GRAY).astype(np.float32)
    ph, pw = grey.shape
    # Perspective: the rectifier levels the line, so what remains is a little tilt and skew.
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    jitter = rng.normal(0, 0.025, (4, 2)) * [pw, ph]
    angle = np.radians(rng.normal(0, 2.5))
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    centred = src - [pw / 2, ph / 2]
    shear = rng.normal(0, 0.05)
    centred = centred + np.stack([centred[:, 1] * shear, np.zeros(4)], axis=1)
    dst = (centred @ rot.T + jitter).astype(np.float32)
    hmat = cv2.getPerspectiveTransform(src, dst)
    line = cv2.perspectiveTransform(
        np.float32([[[lx0, ly0], [lx1, ly0], [lx1, ly1], [lx0, ly1]]]), hmat)[0]
    char_h = (line[3, 1] - line[0, 1] + line[2, 1] - line[1, 1]) / 2
    if rng.random() < 0.7:
        # What the rectifier cuts: the line centred, about 2.5 character heights tall.
        crop_h = char_h / rng.uniform(0.3, 0.6)
        cy = line[:, 1].mean() + rng.normal(0, 0.06) * crop_h
        x0 = line[:, 0].min() - rng.uniform(0.03, 1.6) * char_h
        x1 = line[:, 0].max() + rng.uniform(0.03, 1.6) * char_h
        y0, y1 = cy - crop_h / 2, cy + crop_h / 2
    else:
        # A tight crop of the whole plate.
        quad = cv2.perspectiveTransform(src[None], hmat)[0]
        x0, y0 = quad.min(axis=0) - rng.uniform(-0.04, 0.12, 2) * [pw, ph]
        x1, y1 = quad.max(axis=0) + rng.uniform(-0.04, 0.12, 2) * [pw, ph]
        x0 = min(x0, line[:, 0].min() - 2)
        x1 = max(x1, line[:, 0].max() + 2)
    # Cut at a low resolution first: small, far plates are the hard ones.
    s = rng.uniform(10, 40) / char_h
    lw, lh = max(8, int((x1 - x0) * s)), max(8, int((y1 - y0) * s))
    # Shrink the plate first when the cut is much smaller, so the warp does not alias.
    pre = min(1.0, 1.5 * s)
    small = cv2.resize(grey, (max(4, int(pw * pre)), max(4, int(ph * pre))),
                       interpolation=cv2.INTER_AREA)
    up = np.diag([pw / small.shape[1], ph / small.shape[0], 1.0])
    crop = np.array([[lw / (x1 - x0), 0, -x0 * lw / (x1 - x0)],
                     [0, lh / (y1 - y0), -y0 * lh / (y1 - y0)], [0, 0, 1]])
    warped = cv2.warpPerspective(small, crop @ hmat @ up, (lw, lh), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=-1)
    low = np.where(warped >= 0, warped, _background(rng, lh, lw))
    low = degrade(rng, low)
    out = cv2.resize(low, (OUT_W, OUT_H),
                     interpolation=cv2.INTER_AREA if lw > OUT_W else cv2.INTER_CUBIC)
    if rng.random() < 0.04:
        out = 255 - out
    return np.clip(out, 0, 255).astype(np.uint8), text


def degrade(rng, img):
    h, w = img.shape
    img = img.astype(np.float32)
    # Uneven light: a plane of gain, sometimes a hard shadow edge.
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gain = 1 + rng.uniform(-0.4, 0.4) * (xx / w - 0.5) + rng.uniform(-0.4, 0.4) * (yy / h - 0.5)
    img *= gain
    if rng.random() < 0.2:
        a, b = rng.uniform(-1, 1, 2)
        side = (xx - w * rng.uniform(0.1, 0.9)) * a + (yy - h / 2) * b > 0
        img[side] *= rng.uniform(0.4, 0.8)
    contrast = rng.uniform(0.35, 1.1)
    img = img.mean() + (img - img.mean()) * contrast + rng.uniform(-40, 40)
    sigma = rng.uniform(0, 1.1)
    if sigma > 0.3:
        img = cv2.GaussianBlur(img, (0, 0), sigma)
    if rng.random() < 0.15:
        k = int(rng.integers(2, 5))
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1 / k
        img = cv2.filter2D(img, -1, kernel)
    img += rng.normal(0, rng.uniform(0, 10), img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if rng.random() < 0.6:
        q = int(rng.uniform(20, 95))
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
        img = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    return img


def encode(text):
    return [ALPHABET.index(c) + 1 for c in text]


if __name__ == "__main__":
    rng = np.random.default_rng(int(os.environ.get("SEED", "1")))
    tiles = []
    for i in range(48):
        im, t = render(rng)
        tile = cv2.resize(im, (256, 64))
        tile = cv2.copyMakeBorder(tile, 0, 16, 0, 4, cv2.BORDER_CONSTANT, value=255)
        cv2.putText(tile, t, (2, 78), cv2.FONT_HERSHEY_SIMPLEX, 0.45, 0, 1)
        tiles.append(tile)
    rows = [np.hstack(tiles[i: i + 6]) for i in range(0, 48, 6)]
    cv2.imwrite(os.environ.get("OUT", "/tmp/synth.png"), np.vstack(rows))
