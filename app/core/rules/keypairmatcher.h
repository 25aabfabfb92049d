#pragma once

#include <QSslCertificate>
#include <QSslKey>

#include <optional>

// Whether a private key belongs to a certificate, i.e. whether its public half is the
// certificate's subjectPublicKey (RFC 5280 §4.1.2.7). A TLS client proves it owns its
// certificate by signing with that key (RFC 8446 §4.4.3); with the wrong key the server
// refuses the handshake, so the mismatch is worth saying before connecting.
//
// Qt has no API to derive a public key from a private one, so this reads the DER forms Qt
// gives (private: PKCS #1 RSAPrivateKey, SEC 1 ECPrivateKey or the OpenSSL DSA form, each
// possibly wrapped in PKCS #8; public: SubjectPublicKeyInfo) and compares the public parts.
class KeyPairMatcher
{
public:
    // true/false when it could tell; nullopt when it cannot (an algorithm it does not read, or
    // an EC key stored without its public point), in which case the handshake will tell.
    static std::optional<bool> matches(const QSslCertificate &certificate, const QSslKey &privateKey);

private:
    KeyPairMatcher() = delete;
};
