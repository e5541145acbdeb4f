#pragma once
// The published versions, newest first, and what changed: between the
// selected version and the one before it (GET /versions/{a}/diff/{b}), or
// between the newest version and the draft (GET /draft/diff), as readable
// lines. Rollback republishes the selected version (after a confirmation).
//
// Object names: versionTable, compareCombo, diffList, rollbackButton,
// historyStatus.

#include "api/api_result.hpp"
#include "api/content_types.hpp"

#include <QDialog>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStringListModel;
class QTableView;

namespace sportello::desk {

class ApiClient;
class DraftController;
class VersionListModel;

class VersionHistoryDialog : public QDialog {
    Q_OBJECT

public:
    enum Compare { WithPrevious = 0, DraftWithNewest = 1 };

    // api and drafts must outlive the dialog.
    VersionHistoryDialog(ApiClient& api, DraftController& drafts, bool canRollback, QWidget* parent = nullptr);

    VersionListModel* versions() const { return versions_; }
    QStringList diffLines() const;
    void selectVersion(qint64 version);
    void setCompare(Compare compare);

public Q_SLOTS:
    void reload();
    void rollbackSelected();

Q_SIGNALS:
    void versionsLoaded();
    void diffShown();

private:
    void showDiff();
    void setDiff(const ApiResult<TreeDiff>& result);
    qint64 selectedVersion() const;   // 0 for none

    ApiClient& api_;
    DraftController& drafts_;
    VersionListModel* versions_;
    QStringListModel* diff_;
    QTableView* table_;
    QComboBox* compare_;
    QListView* diffView_;
    QPushButton* rollback_;
    QLabel* status_;
    quint64 sequence_ = 0;
};

} // namespace sportello::desk
