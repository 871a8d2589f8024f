#pragma once
// Whether the charts may draw through OpenGL here. OpenGL is optional: the charts draw with the
// raster engine unless asked (--opengl, or View ▸ OpenGL charts), and even then only where a real
// context can be made current. Under the offscreen platform Qt crashes instead of falling back
// (MEASURED.md), so that platform, and the other ones without GL, are refused by name first.

#include <QString>

namespace gasbench::ui {

// Empty when OpenGL can be used; otherwise why not, in words for the status bar.
QString openGlUnavailableReason();

}  // namespace gasbench::ui
