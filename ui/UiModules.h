#pragma once

#include <QList>

class QObject;

namespace redgrid::ui {

class Feature;

// The features of the main window, in the order of their tabs and menus (UiModules.cpp:
// one line a feature, as core/CoreModules.cpp registers the domains).
//
// Adding a feature: a class deriving from Feature (ui/common/Feature.h) in the feature's
// folder, e.g. ui/assessment/AssessmentFeature.{h,cpp}, listed in that folder's
// CMakeLists.txt (and the folder in ui/CMakeLists.txt if it is new); then one line in
// createUiFeatures(). Its title, permissions, menus, page, layout and data changes are its
// own; the window and the other features need no change.
QList<Feature*> createUiFeatures(QObject* parent);

}  // namespace redgrid::ui
