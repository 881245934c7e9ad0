import { describe, expect, it } from 'vitest';
import { issueLabel } from '../../shared/layout/labels';

describe('masthead issue label', () => {
  it('prints one 第…期 whatever the clerk typed', () => {
    expect(['3', '第3期', '3期', '第3', ' 第三期 '].map(issueLabel)).toEqual(['第3期', '第3期', '第3期', '第3期', '第三期']);
  });
});
