#include "core/log/payloadslice.h"

#include <functional>

QByteArray PayloadSlice::of(const QByteArray &owner, QByteArrayView view)
{
    // A const read of the owner's data pointer; copying it takes a reference on the buffer.
    QByteArray::DataPointer shared = const_cast<QByteArray &>(owner).data_ptr();
    const std::less_equal<const char *> notAfter;
    const bool inside = shared.d_ptr() != nullptr && !view.isEmpty()
            && notAfter(owner.constData(), view.data())
            && notAfter(view.data() + view.size(), owner.constData() + owner.size());
    if (!inside)
        return view.toByteArray();
    shared.setBegin(const_cast<char *>(view.data()));
    shared.size = view.size();
    return QByteArray(std::move(shared));
}

bool PayloadSlice::shares(const QByteArray &slice, const QByteArray &owner)
{
    return const_cast<QByteArray &>(slice).data_ptr().isSharedWith(const_cast<QByteArray &>(owner).data_ptr());
}
