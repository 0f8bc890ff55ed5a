#pragma once

// A document scan shown inside the app (issue 6: "the scan … viewable in the app with
// zoom"): an image (PNG, JPEG) or a PDF, whose pages are rendered with Qt PDF one under
// the other. Zoom in and out (buttons, Ctrl+= / Ctrl+-, Ctrl+wheel), 100 % and fit to
// width. The bytes come from the encrypted database and are never written to a file.

#include <QByteArray>
#include <QDialog>
#include <QImage>
#include <QList>

class QLabel;
class QScrollArea;
class QToolButton;

namespace sw::ui {

class ScanViewer : public QDialog
{
    Q_OBJECT
public:
    explicit ScanViewer(QWidget* parent = nullptr);

    // False (with a translated reason in *why) when the bytes are not a readable image or PDF.
    bool setScan(const QByteArray& content, const QString& mimeType, const QString& title, QString* why);

    double zoom() const { return m_zoom; }
    void setZoom(double zoom); // 0.1 … 4.0
    void zoomIn();
    void zoomOut();
    void fitWidth();
    int pageCount() const { return int(m_pages.size()); }
    QLabel* canvas() const { return m_canvas; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void render();

    QList<QImage> m_pages; // at 100 % (images) or 150 dpi (PDF)
    double m_zoom = 1.0;
    QScrollArea* m_scroll;
    QLabel* m_canvas;
    QLabel* m_zoomLabel;
};

} // namespace sw::ui
