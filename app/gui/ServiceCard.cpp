#include "ServiceCard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cloudcheck {

ServiceCard::ServiceCard(const Service& service, bool recommended, QWidget* parent)
    : QFrame(parent), m_service(service), m_recommended(recommended)
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setCursor(Qt::PointingHandCursor);

    m_check = new QCheckBox(this);
    QFont bold = m_check->font();
    bold.setBold(true);
    m_check->setFont(bold);
    m_badge = new QLabel(this);
    m_badge->setVisible(recommended);
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: #0b5cad; border: 1px solid #0b5cad; "
                                          "border-radius: 3px; padding: 0px 4px; }"));
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    // Line up with the check box text, not the box itself.
    m_description->setContentsMargins(22, 0, 0, 0);

    auto* header = new QHBoxLayout;
    header->addWidget(m_check);
    header->addWidget(m_badge);
    header->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_description);
    // Cards in one grid row share a height; keep short texts at the top, not centred.
    layout->addStretch(1);

    connect(m_check, &QCheckBox::toggled, this, &ServiceCard::toggled);
}

bool ServiceCard::isChecked() const
{
    return m_check->isChecked();
}

void ServiceCard::setChecked(bool checked)
{
    m_check->setChecked(checked);
}

void ServiceCard::retranslate(Language language)
{
    m_check->setText(m_service.name.text(language));
    m_check->setAccessibleName(m_service.name.text(language));
    m_check->setAccessibleDescription(m_service.description.text(language));
    m_description->setText(m_service.description.text(language));
    m_badge->setText(m_recommended ? tr("Recommended") : QString());
}

void ServiceCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        m_check->toggle();
        m_check->setFocus(Qt::MouseFocusReason);
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

} // namespace cloudcheck
