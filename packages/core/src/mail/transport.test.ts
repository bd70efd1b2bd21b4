import { describe, expect, it } from 'vitest';
import { pooled } from './transport';

describe('pooled', () => {
  it('asks nodemailer for a small connection pool unless the URL chose', () => {
    expect(pooled('smtp://user:pass@mail.example:587')).toBe(
      'smtp://user:pass@mail.example:587?pool=true&maxConnections=5',
    );
    expect(pooled('smtp://mail.example:25/?pool=false')).toBe('smtp://mail.example:25/?pool=false');
  });
});
