#include "scanviewer.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace sw::ui {

namespace {

constexpr int kMaxPages = 30;
constexpr double kPdfScale = 150.0 / 72.0; // points → pixels at 150 dpi
constexpr int kPageGap = 12;

} // namespace

ScanViewer::ScanViewer(QWidget* parent)
    : QDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_canvas(new QLabel)
    , m_zoomLabel(new QLabel(this))
{
    auto* zoomOutButton = new QToolButton(this);
    zoomOutButton->setText(tr("Zoom Out"));
    auto* zoomInButton = new QToolButton(this);
    zoomInButton->setText(tr("Zoom In"));
    auto* actualButton = new QToolButton(this);
    actualButton->setText(tr("100 %"));
    auto* fitButton = new QToolButton(this);
    fitButton->setText(tr("Fit Width"));
    connect(zoomOutButton, &QToolButton::clicked, this, &ScanViewer::zoomOut);
    connect(zoomInButton, &QToolButton::clicked, this, &ScanViewer::zoomIn);
    connect(actualButton, &QToolButton::clicked, this, [this] { setZoom(1.0); });
    connect(fitButton, &QToolButton::clicked, this, &ScanViewer::fitWidth);
    new QShortcut(QKeySequence::ZoomIn, this, this, &ScanViewer::zoomIn);
    new QShortcut(QKeySequence::ZoomOut, this, this, &ScanViewer::zoomOut);

    m_canvas->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->viewport()->installEventFilter(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(zoomOutButton);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(zoomInButton);
    bar->addWidget(actualButton);
    bar->addWidget(fitButton);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    resize(900, 760);
}

bool ScanViewer::setScan(const QByteArray& content, const QString& mimeType, const QString& title, QString* why)
{
    setWindowTitle(title);
    m_pages.clear();
    if (mimeType == QLatin1String("application/pdf")) {
        QPdfDocument pdf;
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() == 0) {
            *why = tr("The PDF cannot be read: it is damaged or protected by a password.");
            return false;
        }
        for (int i = 0; i < std::min(pdf.pageCount(), kMaxPages); ++i) {
            const QSizeF points = pdf.pagePointSize(i);
            QImage page = pdf.render(i, (points * kPdfScale).toSize());
            if (!page.isNull())
                m_pages << page;
        }
    } else {
        const QImage image = QImage::fromData(content);
        if (!image.isNull())
            m_pages << image;
    }
    if (m_pages.isEmpty()) {
        *why = tr("The scan cannot be shown: it is not a readable image or PDF.");
        return false;
    }
    render();
    return true;
}

void ScanViewer::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.1, 4.0);
    render();
}

void ScanViewer::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void ScanViewer::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void ScanViewer::fitWidth()
{
    int widest = 1;
    for (const QImage& page : std::as_const(m_pages))
        widest = std::max(widest, page.width());
    const int available = m_scroll->viewport()->width() - 2 * kPageGap;
    setZoom(double(std::max(available, 50)) / widest);
}

void ScanViewer::render()
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    if (m_pages.isEmpty())
        return;
    QList<QImage> scaled;
    int width = 0;
    int height = kPageGap;
    for (const QImage& page : std::as_const(m_pages)) {
        scaled << page.scaled(page.size() * m_zoom, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        width = std::max(width, scaled.last().width());
        height += scaled.last().height() + kPageGap;
    }
    QImage canvas(width + 2 * kPageGap, height, QImage::Format_RGB32);
    canvas.fill(QColor(0x5f, 0x63, 0x68));
    QPainter painter(&canvas);
    int y = kPageGap;
    for (const QImage& page : std::as_const(scaled)) {
        painter.drawImage((canvas.width() - page.width()) / 2, y, page);
        y += page.height() + kPageGap;
    }
    painter.end();
    m_canvas->setPixmap(QPixmap::fromImage(canvas));
    m_canvas->resize(canvas.size());
}

bool ScanViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace sw::ui
