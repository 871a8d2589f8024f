#include "opengl_support.hpp"

#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QStringList>

namespace gasbench::ui {

QString openGlUnavailableReason() {
    const QString platform = QGuiApplication::platformName();
    if (QStringList{"offscreen", "minimal", "vnc", "linuxfb"}.contains(platform))
        return QGuiApplication::tr("the %1 platform has no OpenGL").arg(platform);
    QOpenGLContext context;
    if (!context.create()) return QGuiApplication::tr("no OpenGL context could be created");
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return QGuiApplication::tr("the OpenGL context could not be made current");
    context.doneCurrent();
    return {};
}

}  // namespace gasbench::ui
