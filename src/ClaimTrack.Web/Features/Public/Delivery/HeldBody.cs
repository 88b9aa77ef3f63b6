namespace ClaimTrack.Web.Features.Public.Delivery;

/// <summary>
/// A response body held in memory until the handler is done, so its ETag can be sent before it. Past
/// <paramref name="limit"/> bytes it gives up holding: what it has is written out and the rest streams through, with
/// no ETag. Reader pages are tens of kilobytes; a large streamed answer is never held whole.
/// </summary>
internal sealed class HeldBody(Stream inner, int limit) : Stream
{
    private readonly MemoryStream _held = new();

    /// <summary>True once the body outgrew the limit and went out as it came.</summary>
    public bool StreamedThrough { get; private set; }

    public ReadOnlyMemory<byte> Held => _held.GetBuffer().AsMemory(0, (int)_held.Length);

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!StreamedThrough && _held.Length + buffer.Length <= limit)
        {
            _held.Write(buffer.Span);
            return;
        }
        if (!StreamedThrough)
        {
            StreamedThrough = true;
            await inner.WriteAsync(Held, cancellationToken);
        }
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (!StreamedThrough && _held.Length + count <= limit)
        {
            _held.Write(buffer, offset, count);
            return;
        }
        if (!StreamedThrough)
        {
            StreamedThrough = true;
            inner.Write(Held.Span);
        }
        inner.Write(buffer, offset, count);
    }

    // A flush while holding sends nothing: the headers are not final until the ETag is known.
    public override Task FlushAsync(CancellationToken cancellationToken) =>
        StreamedThrough ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _held.Dispose();
        base.Dispose(disposing);
    }
}
