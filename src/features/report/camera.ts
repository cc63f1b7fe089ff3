/**
 * The camera as a QR reader: the browser's own BarcodeDetector where it reads QR codes (Chrome on
 * Android and macOS), otherwise jsQR over the video's frames (Chrome on Windows and Linux, Firefox). Both
 * only on the scan screen: jsQR is loaded when the camera opens.
 */

/** ms between two looks at the video: fast enough to feel instant, light on an old phone's battery. */
const FRAME_INTERVAL = 120;
/** px; frames are scaled down to this width for jsQR (a code filling a third of a 640-pixel frame reads well). */
const MAX_WIDTH = 800;

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/**
 * Opens the camera into `video` and calls `onText` with every code text read until the returned stop is
 * called. Rejects when there is no camera or it may not be used (the caller offers the file route).
 */
export async function startScanner(video: HTMLVideoElement, onText: (text: string) => void): Promise<() => void> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    await video.play();
    const read = await reader();
    const look = async () => {
      if (stopped) return;
      try {
        if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) for (const text of await read(video)) onText(text);
      } catch (error) {
        // One frame that could not be read (the video resized between two looks): the next one will.
        console.warn('a camera frame could not be read', error);
      }
      if (!stopped) timer = setTimeout(() => void look(), FRAME_INTERVAL);
    };
    void look();
    return stop;
  } catch (error) {
    stop();
    throw error;
  }
}

async function reader(): Promise<(video: HTMLVideoElement) => Promise<string[]>> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector && (await Detector.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video)).map((code) => code.rawValue);
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  return async (video) => {
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    if (canvas.width === 0 || canvas.height === 0) return [];
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    // A code on a monitor is dark on light: no need to try the inverted picture (half the work).
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
    return code ? [code.data] : [];
  };
}
