#pragma once

#include "catalog/Service.h"

#include <QFrame>

class QCheckBox;
class QLabel;

namespace cloudcheck {

// One checkable service on the Services page: its name, a one-line purpose, and an optional
// "Recommended" badge. The whole card is a click target; the check box carries focus and the
// accessible name, so keyboard and screen-reader users get the same control.
class ServiceCard : public QFrame
{
    Q_OBJECT

public:
    ServiceCard(const Service& service, bool recommended, QWidget* parent = nullptr);

    QString serviceId() const { return m_service.id; }
    bool isChecked() const;
    void setChecked(bool checked);
    QCheckBox* checkBox() const { return m_check; }
    QLabel* descriptionLabel() const { return m_description; }

    void retranslate(Language language);

signals:
    void toggled(bool checked);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    Service m_service;
    bool m_recommended;
    QCheckBox* m_check;
    QLabel* m_badge;
    QLabel* m_description;
};

} // namespace cloudcheck
