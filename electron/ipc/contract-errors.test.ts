import { describe, expect, it } from 'vitest';
import { ApiError, ContractError, fromWireError, packErrorMessage, toWireError, unpackError, validateArgs } from './contract';

describe('errors across the transports', () => {
  it('keeps ApiError codes and marks validation failures as invalid-args', () => {
    expect(toWireError(new ApiError('too-large', 'big.txt is 30 MB'))).toEqual({ code: 'too-large', message: 'big.txt is 30 MB' });
    expect(toWireError(new ContractError('file:open: "path" must be a string'))).toEqual({
      code: 'invalid-args',
      message: 'file:open: "path" must be a string',
    });
    expect(() => validateArgs['file:open']({ path: '' })).toThrow(ContractError);
  });

  it('reports unknown failures as internal, on one line', () => {
    expect(toWireError(new Error('boom\n    at stack'))).toEqual({ code: 'internal', message: 'boom' });
    expect(toWireError('weird')).toEqual({ code: 'internal', message: 'weird' });
  });

  it('round-trips a code through an Error message, as contextBridge requires', () => {
    const packed = new Error(`Error invoking remote method 'file:open': Error: ${packErrorMessage({ code: 'binary', message: 'a [b] c' })}`);
    const error = unpackError(packed);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'binary', message: 'a [b] c' });
    expect(unpackError(new Error('[nonsense] text'))).toMatchObject({ code: 'internal', message: '[nonsense] text' });
  });

  it('rebuilds ApiErrors from JSON and distrusts odd shapes', () => {
    expect(fromWireError({ code: 'not-found', message: 'gone' })).toMatchObject({ code: 'not-found', message: 'gone' });
    expect(fromWireError({ code: 'made-up', message: 'x' })).toMatchObject({ code: 'internal', message: 'x' });
    expect(fromWireError(null)).toMatchObject({ code: 'internal' });
  });
});
