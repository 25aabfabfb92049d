#!/usr/bin/env python3
"""Certificates for WsScope's TLS failure tests, made with Debian's python3-cryptography.

The openssl command line (3.0) cannot give a certificate a validity period in the past or the
future, so the expired and not-yet-valid cases are made here. Writes into DIR (PEM files):
  ca.pem/ca.key               the test CA ("WsScope Failure CA") the client is told to trust
  other-ca.pem                a second CA ("WsScope Unknown CA") the client does not know
  good.pem/good.key           server certificate for 127.0.0.1 and localhost, signed by the CA
  expired.pem                 same, valid 2020-01-01 .. 2021-01-01 (key: good.key)
  future.pem                  same, valid 2099-01-01 .. 2100-01-01 (key: good.key)
  wronghost.pem               same CA, names only wrong.example and 192.0.2.7 (key: good.key)
  selfsigned.pem              self-signed "WsScope Self-Signed" for 127.0.0.1 (key: good.key)
  unknownca.pem               for 127.0.0.1, signed by the other CA (key: good.key)
  client.pem/client.key       a client certificate signed by the CA
  other.key                   a private key that belongs to no certificate here
Prints "OK" when done.
"""
import datetime
import ipaddress
import os
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

KEY_BITS = 2048


def new_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


def name(common_name):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def write_key(directory, filename, key):
    with open(os.path.join(directory, filename), "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                  serialization.NoEncryption()))


def write_cert(directory, filename, cert):
    with open(os.path.join(directory, filename), "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))


def make_ca(common_name):
    key = new_key()
    now = datetime.datetime.utcnow()
    cert = (x509.CertificateBuilder()
            .subject_name(name(common_name)).issuer_name(name(common_name))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def make_leaf(common_name, key, issuer_name, issuer_key, not_before, not_after, dns, ips, usage):
    alt = [x509.DNSName(d) for d in dns] + [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
    builder = (x509.CertificateBuilder()
               .subject_name(name(common_name)).issuer_name(issuer_name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(not_before).not_valid_after(not_after)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.ExtendedKeyUsage([usage]), critical=False))
    if alt:
        builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def main():
    directory = sys.argv[1]
    now = datetime.datetime.utcnow()
    valid = (now - datetime.timedelta(days=1), now + datetime.timedelta(days=2))
    server = ExtendedKeyUsageOID.SERVER_AUTH
    loopback = (["localhost"], ["127.0.0.1"])

    ca_key, ca = make_ca("WsScope Failure CA")
    write_cert(directory, "ca.pem", ca)
    write_key(directory, "ca.key", ca_key)
    other_key, other_ca = make_ca("WsScope Unknown CA")
    write_cert(directory, "other-ca.pem", other_ca)

    key = new_key()
    write_key(directory, "good.key", key)
    leaves = {
        "good.pem": ("localhost", ca.subject, ca_key, valid, loopback),
        "expired.pem": ("localhost", ca.subject, ca_key,
                        (datetime.datetime(2020, 1, 1), datetime.datetime(2021, 1, 1)), loopback),
        "future.pem": ("localhost", ca.subject, ca_key,
                       (datetime.datetime(2099, 1, 1), datetime.datetime(2100, 1, 1)), loopback),
        "wronghost.pem": ("wrong.example", ca.subject, ca_key, valid, (["wrong.example"], ["192.0.2.7"])),
        "selfsigned.pem": ("WsScope Self-Signed", name("WsScope Self-Signed"), key, valid, loopback),
        "unknownca.pem": ("localhost", other_ca.subject, other_key, valid, loopback),
    }
    for filename, (common_name, issuer, issuer_key, (start, end), (dns, ips)) in leaves.items():
        write_cert(directory, filename, make_leaf(common_name, key, issuer, issuer_key, start, end, dns, ips, server))

    client_key = new_key()
    write_key(directory, "client.key", client_key)
    write_cert(directory, "client.pem", make_leaf("WsScope Failure Client", client_key, ca.subject, ca_key,
                                                  valid[0], valid[1], [], [], ExtendedKeyUsageOID.CLIENT_AUTH))
    write_key(directory, "other.key", new_key())
    print("OK")


if __name__ == "__main__":
    main()
