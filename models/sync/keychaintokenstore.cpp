// SPDX-FileCopyrightText: 2026 The dew authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaintokenstore.h"

#include <QEventLoop>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace dew::models::sync {
namespace {

// QtKeychain's jobs are asynchronous; the token is needed before anything else can go on.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // a secret never lands in a plain file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QString describe(const QKeychain::Job &job)
{
    return QStringLiteral("keychain (%1): %2").arg(int(job.error())).arg(job.errorString());
}

} // namespace

KeychainTokenStore::KeychainTokenStore(const QUrl &server, const QString &login, QObject *parent)
    : QObject(parent), m_key(entryKey(server, login))
{
}

KeychainTokenStore::~KeychainTokenStore()
{
    flush();
}

QString KeychainTokenStore::entryKey(const QUrl &server, const QString &login)
{
    return QStringLiteral("refresh-token %1 %2").arg(server.adjusted(QUrl::StripTrailingSlash).toString(), login);
}

bool KeychainTokenStore::load(QString *error)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(m_key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        // The Secret Service may still be starting with the session: ask once more.
        QKeychain::ReadPasswordJob again(service());
        again.setKey(m_key);
        runJob(again);
        return take(again, error);
    }
    return take(job, error);
}

bool KeychainTokenStore::take(const QKeychain::ReadPasswordJob &job, QString *error)
{
    QMutexLocker locker(&m_mutex);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound) {
        m_token = job.error() == QKeychain::NoError ? job.textData() : QString();
        m_dirty = false;
        m_lastError.clear();
        return true;
    }
    m_lastError = describe(job);
    if (error) {
        *error = m_lastError;
    }
    return false;
}

QString KeychainTokenStore::lastError() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastError;
}

QString KeychainTokenStore::refreshToken() const
{
    QMutexLocker locker(&m_mutex);
    return m_token;
}

void KeychainTokenStore::setRefreshToken(const QString &token)
{
    {
        QMutexLocker locker(&m_mutex);
        if (m_token == token && !m_dirty) {
            return;
        }
        m_token = token;
        m_dirty = true;
    }
    if (QThread::currentThread() == thread()) {
        flush();
    } else {
        QMetaObject::invokeMethod(this, &KeychainTokenStore::flush, Qt::QueuedConnection);
    }
}

void KeychainTokenStore::flush()
{
    Q_ASSERT(QThread::currentThread() == thread());
    QString token;
    {
        QMutexLocker locker(&m_mutex);
        if (!m_dirty) {
            return;
        }
        m_dirty = false;
        token = m_token;
    }
    QString error;
    const bool ok = token.isEmpty() ? remove(&error) : write(token, &error);
    QMutexLocker locker(&m_mutex);
    m_lastError = ok ? QString() : error;
}

bool KeychainTokenStore::write(const QString &token, QString *error)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(m_key);
    job.setTextData(token);
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        *error = describe(job);
        return false;
    }
    return true;
}

bool KeychainTokenStore::remove(QString *error)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(m_key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        *error = describe(job);
        return false;
    }
    return true;
}

} // namespace dew::models::sync
