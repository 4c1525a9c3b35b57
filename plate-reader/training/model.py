"""The plate-line recogniser: convolutions only, so OpenCV's DNN module runs the ONNX export.

Input Nx1x32x128 (grey, standardised per image); output Nx37x1x32: per horizontal position
(4 input columns each) scores for the CTC blank (class 0) and 0-9A-Z. About 0.2 M weights and
30 M multiply-adds: small enough to train on two shared CPU cores and to run in a few
milliseconds.
"""

from torch import nn

CLASSES = 37
CHANNELS = (16, 32, 64, 96, 128)


def block(cin, cout, stride=1):
    return [nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False), nn.BatchNorm2d(cout),
            nn.ReLU()]


class PlateLineNet(nn.Module):
    def __init__(self, c=CHANNELS):
        super().__init__()
        self.body = nn.Sequential(
            *block(1, c[0], 2),  # 16x64
            *block(c[0], c[1]), nn.MaxPool2d(2, 2),  # 8x32
            *block(c[1], c[2]), *block(c[2], c[2]), nn.MaxPool2d((2, 1), (2, 1)),  # 4x32
            *block(c[2], c[3]), nn.MaxPool2d((2, 1), (2, 1)),  # 2x32
            nn.Conv2d(c[3], c[4], (2, 3), padding=(0, 1), bias=False), nn.BatchNorm2d(c[4]),
            nn.ReLU(),  # 1x32
            nn.Dropout(0.1),
            nn.Conv2d(c[4], CLASSES, 1),
        )

    def forward(self, x):
        return self.body(x)


def standardise(x):
    """Per image: zero mean, unit deviation (the Java side does the same)."""
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    std = x.std(dim=(1, 2, 3), keepdim=True, unbiased=False)
    return (x - mean) / (std + 1.0 / 255)
