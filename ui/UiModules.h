#pragma once

#include <QList>

class QObject;

namespace redgrid::ui {

class Feature;

// The features of the main window, in the order of their tabs and menus (UiModules.cpp:
// one line a feature, as core/CoreModules.cpp registers the domains).
QList<Feature*> createUiFeatures(QObject* parent);

}  // namespace redgrid::ui
