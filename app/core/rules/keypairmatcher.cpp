#include "core/rules/keypairmatcher.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace {

// ASN.1 universal and context tags used below (X.690 §8).
constexpr quint8 TagInteger = 0x02;
constexpr quint8 TagBitString = 0x03;
constexpr quint8 TagOctetString = 0x04;
constexpr quint8 TagSequence = 0x30;
constexpr quint8 TagContext1 = 0xA1; // ECPrivateKey's [1] publicKey (RFC 5915 §3)
constexpr quint8 LongLengthFlag = 0x80;
constexpr int MaxLengthBytes = 4;

struct Element
{
    quint8 tag = 0;
    QByteArrayView content;
};

// Reads DER elements one after another (X.690 §10: definite lengths only).
class DerReader
{
public:
    explicit DerReader(QByteArrayView data) : m_data(data) {}

    bool atEnd() const { return m_pos >= m_data.size(); }

    std::optional<Element> next()
    {
        if (m_pos + 2 > m_data.size())
            return std::nullopt;
        Element element;
        element.tag = quint8(m_data[m_pos++]);
        qsizetype length = quint8(m_data[m_pos++]);
        if (length & LongLengthFlag) {
            const int count = int(length & ~LongLengthFlag);
            if (count == 0 || count > MaxLengthBytes || m_pos + count > m_data.size())
                return std::nullopt;
            length = 0;
            for (int i = 0; i < count; ++i)
                length = (length << 8) | quint8(m_data[m_pos++]);
        }
        if (length > m_data.size() - m_pos)
            return std::nullopt;
        element.content = m_data.sliced(m_pos, length);
        m_pos += length;
        return element;
    }

    // The next element, if it has that tag.
    std::optional<Element> next(quint8 tag)
    {
        std::optional<Element> element = next();
        if (!element || element->tag != tag)
            return std::nullopt;
        return element;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

// The elements of a SEQUENCE, or empty when data is not one.
QList<Element> sequenceOf(QByteArrayView data)
{
    DerReader outer(data);
    const std::optional<Element> sequence = outer.next(TagSequence);
    if (!sequence)
        return {};
    QList<Element> elements;
    DerReader inner(sequence->content);
    while (!inner.atEnd()) {
        const std::optional<Element> element = inner.next();
        if (!element)
            return {};
        elements.append(*element);
    }
    return elements;
}

// SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING }
// (RFC 5280 §4.1): the key bits without the leading "unused bits" byte.
std::optional<QByteArrayView> subjectPublicKey(QByteArrayView spki)
{
    const QList<Element> parts = sequenceOf(spki);
    if (parts.size() != 2 || parts.at(0).tag != TagSequence || parts.at(1).tag != TagBitString
        || parts.at(1).content.isEmpty() || parts.at(1).content[0] != 0)
        return std::nullopt;
    return parts.at(1).content.sliced(1);
}

// PKCS #8 PrivateKeyInfo ::= SEQUENCE { version, algorithm, privateKey OCTET STRING, ... }
// (RFC 5208 §5): the inner, algorithm-specific key. Anything else is returned as it is.
QByteArrayView unwrapPkcs8(QByteArrayView der)
{
    const QList<Element> parts = sequenceOf(der);
    if (parts.size() >= 3 && parts.at(0).tag == TagInteger && parts.at(1).tag == TagSequence
        && parts.at(2).tag == TagOctetString)
        return parts.at(2).content;
    return der;
}

// INTEGER contents compare as numbers once a sign-padding 0x00 is dropped.
QByteArrayView magnitude(QByteArrayView integer)
{
    while (integer.size() > 1 && integer[0] == 0)
        integer = integer.sliced(1);
    return integer;
}

std::optional<bool> rsaMatches(QByteArrayView privateDer, QByteArrayView publicBits)
{
    // RSAPrivateKey ::= SEQUENCE { version, modulus, publicExponent, ... }     (RFC 8017 §A.1.2)
    // RSAPublicKey  ::= SEQUENCE { modulus, publicExponent }                   (RFC 8017 §A.1.1)
    const QList<Element> priv = sequenceOf(privateDer);
    const QList<Element> pub = sequenceOf(publicBits);
    if (priv.size() < 3 || pub.size() != 2)
        return std::nullopt;
    for (const Element &e : {priv.at(1), priv.at(2), pub.at(0), pub.at(1)}) {
        if (e.tag != TagInteger)
            return std::nullopt;
    }
    return magnitude(priv.at(1).content) == magnitude(pub.at(0).content)
            && magnitude(priv.at(2).content) == magnitude(pub.at(1).content);
}

std::optional<bool> ecMatches(QByteArrayView privateDer, QByteArrayView publicBits)
{
    // ECPrivateKey ::= SEQUENCE { version, privateKey OCTET STRING, [0] parameters OPTIONAL,
    //                             [1] publicKey BIT STRING OPTIONAL }          (RFC 5915 §3)
    // The certificate's key bits are the same EC point (RFC 5480 §2.2).
    const QList<Element> priv = sequenceOf(privateDer);
    for (const Element &e : priv) {
        if (e.tag != TagContext1)
            continue;
        DerReader reader(e.content);
        const std::optional<Element> bits = reader.next(TagBitString);
        if (!bits || bits->content.isEmpty() || bits->content[0] != 0)
            return std::nullopt;
        return bits->content.sliced(1) == publicBits;
    }
    return std::nullopt; // no public point stored: cannot tell without EC arithmetic
}

std::optional<bool> dsaMatches(QByteArrayView privateDer, QByteArrayView publicBits)
{
    // OpenSSL's DSA private key: SEQUENCE { version, p, q, g, y, x }; the certificate's key bits
    // are the INTEGER y (RFC 3279 §2.3.2).
    const QList<Element> priv = sequenceOf(privateDer);
    DerReader reader(publicBits);
    const std::optional<Element> y = reader.next(TagInteger);
    if (priv.size() < 6 || priv.at(4).tag != TagInteger || !y)
        return std::nullopt;
    return magnitude(priv.at(4).content) == magnitude(y->content);
}

} // namespace

std::optional<bool> KeyPairMatcher::matches(const QSslCertificate &certificate, const QSslKey &privateKey)
{
    const QSslKey publicKey = certificate.publicKey();
    if (certificate.isNull() || privateKey.isNull() || publicKey.isNull())
        return std::nullopt;
    if (publicKey.algorithm() != privateKey.algorithm())
        return false;
    const QByteArray publicDer = publicKey.toDer();
    const std::optional<QByteArrayView> bits = subjectPublicKey(publicDer);
    if (!bits)
        return std::nullopt;
    const QByteArray privateDer = privateKey.toDer();
    const QByteArrayView inner = unwrapPkcs8(privateDer);
    switch (privateKey.algorithm()) {
    case QSsl::Rsa:
        return rsaMatches(inner, *bits);
    case QSsl::Ec:
        return ecMatches(inner, *bits);
    case QSsl::Dsa:
        return dsaMatches(inner, *bits);
    case QSsl::Dh:
    case QSsl::Opaque:
        break;
    }
    return std::nullopt;
}
