#pragma once
// One provider's building: a soft block drawn behind the stations that share a `group` in the
// scenario (bigmail.test's three sorting stations and its PO boxes), named at its top, so a
// class sees which machines belong to one company.
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace postie::gui {

class StationItem;

class ProviderItem : public QGraphicsItem {
public:
    enum { Type = UserType + 6 };
    ProviderItem(QString name, QList<StationItem*> members);

    int type() const override { return Type; }
    const QString& name() const { return m_name; }
    const QList<StationItem*>& members() const { return m_members; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    // Around its members again, after they moved or their cards changed size.
    void refit();
    QRectF titleRect() const;  // its name at the top, in scene coordinates

private:
    QRectF m_block;  // around the members and their labels
    QString m_name;
    QList<StationItem*> m_members;
};

} // namespace postie::gui
