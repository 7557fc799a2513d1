#pragma once

#include "AssessmentTemplate.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace redgrid::assessment {

// A template as a file (JSON, UTF-8) that a street office hands to its communities: the
// same id and version in every database it is imported into, so that self-assessments and
// the street's review line up indicator by indicator.
class TemplateFile
{
    Q_DECLARE_TR_FUNCTIONS(TemplateFile)

public:
    static constexpr int FormatVersion = 1;  // of the file layout; raise it when it changes

    static QByteArray toJson(const AssessmentTemplate& table);
    // Refused, naming `file` and the reason: not JSON (damaged), another program's JSON, a
    // newer file layout, a value of the wrong type, or a template that cannot be used.
    static Result<AssessmentTemplate> fromJson(const QByteArray& bytes, const QString& file);

    // The whole file written or none of it; never over the open database or an input.
    static Status write(const AssessmentTemplate& table, const QString& path);
    static Result<AssessmentTemplate> read(const QString& path);
};

}  // namespace redgrid::assessment
