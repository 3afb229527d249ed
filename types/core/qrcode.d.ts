/**
 * The part of qrcode the admin screens call, typed for the core check (tsconfig.core.json maps
 * 'qrcode' here): @types/qrcode opens with `/// <reference types="node" />` for its file and stream
 * writers, which would hand every core file Node's globals and hide a stray `Buffer` or `process`.
 * The full tsconfig.json still checks the call against @types/qrcode itself.
 */
export interface QRCodeToStringOptions {
  type?: 'utf8' | 'svg' | 'terminal';
  margin?: number;
  errorCorrectionLevel?: 'low' | 'medium' | 'quartile' | 'high' | 'L' | 'M' | 'Q' | 'H';
}

declare const QRCode: {
  toString(text: string, options?: QRCodeToStringOptions): Promise<string>;
};
export default QRCode;
